const char *s = "unterminated // NOLINT
int y; // NOLINT
char c = '\';