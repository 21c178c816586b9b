// NOLINTBEGIN(aiact-a)
// NOLINTBEGIN(aiact-b)
int x;
// NOLINTEND(aiact-a)
int y;
// NOLINTEND(aiact-b)
// NOLINTBEGIN()
// NOLINTEND()
