/* NOLINT(aiact-synthetic-content): the reason
   continues over lines and mentions NOLINTEND, which is prose */
int f(void); // NOLINT   :   spaced reason
int g(void); // NOLINT(aiact-synthetic-content, aiact-nolint ) : list with spaces
int h(void); // NOLINT(aiact-synthetic-content
int i(void); // NOLINTFOO XNOLINT NOLINT_
