// Mock of faiss's public API (faiss/index_io.h) for aiact-check tests; declarations only.
#ifndef AIACT_MOCK_FAISS_INDEX_IO_H
#define AIACT_MOCK_FAISS_INDEX_IO_H

#include "faiss/Index.h"

#include <cstdio>

namespace faiss {

void write_index(const Index *idx, const char *fname, int io_flags = 0);
void write_index(const Index *idx, FILE *f, int io_flags = 0);

Index *read_index(const char *fname, int io_flags = 0);
Index *read_index(FILE *f, int io_flags = 0);

} // namespace faiss

#endif // AIACT_MOCK_FAISS_INDEX_IO_H
