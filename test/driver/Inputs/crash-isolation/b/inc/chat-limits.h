// Found only through the unit's relative -Iinc: if the unit were parsed in
// another folder, this header would be missing and MAX_REPLY undeclared.
#define MAX_REPLY 64
