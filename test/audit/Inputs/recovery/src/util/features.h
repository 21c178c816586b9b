// The project's own header that happens to share a system header's name.
#pragma once
#define PROJECT_FEATURES 1
