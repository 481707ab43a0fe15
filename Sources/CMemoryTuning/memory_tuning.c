#include "CMemoryTuning.h"

/* Any libc header says whether this is glibc. */
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

void folio_map_large_allocations(void) {
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}
