// spliced comment \
 NOLINT
int x; // NOLINTNEXTLINE \
(aiact-x)
int y;
