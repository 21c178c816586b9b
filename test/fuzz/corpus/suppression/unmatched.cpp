// NOLINTEND
int x;
// NOLINTBEGIN(aiact-*)
// NOLINTBEGIN
int y;
// NOLINTEND(aiact-synthetic-content)
