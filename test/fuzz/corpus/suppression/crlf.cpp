// NOLINT
int a;// NOLINTNEXTLINEint b;
/* NOLINTBEGIN
 */ int c; // NOLINTEND
