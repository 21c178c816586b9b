// A file whose content differs from the corpus's blob: skipped and listed.
int unused() { return 0; }
