#error don't stop here
// NOLINTNEXTLINE(aiact-*)
int z;
