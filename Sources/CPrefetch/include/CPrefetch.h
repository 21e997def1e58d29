#ifndef RULES_CPREFETCH_H
#define RULES_CPREFETCH_H

/* Asks the processor to start loading the cache line at `address` (for reading, kept close) and
   goes on at once: the compiler's documented builtin, which Swift has no spelling for. Inlined
   into the Swift caller through the module map. */
static inline void rules_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
