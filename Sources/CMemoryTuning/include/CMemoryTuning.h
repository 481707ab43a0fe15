#ifndef CMEMORYTUNING_H
#define CMEMORYTUNING_H

/* Makes every allocation of 128 KiB or more a mapping of its own, given back to the system when
   it is freed. glibc otherwise raises that threshold each time such a block is freed (up to
   32 MiB), after which a large article's texts come from the heap and stay resident once freed:
   a 10 MB article's peak varied by 4 MB from run to run. */
void folio_map_large_allocations(void);

#endif
