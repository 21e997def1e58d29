/* The target's one source file: SwiftPM builds a C target only if it has one. The function is in
   the header, `static inline`. */
#include "CPrefetch.h"
