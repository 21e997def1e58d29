import CPrefetch

/// Asks the processor to start loading the cache line at `address` and goes on at once. A plain
/// read would stall until the line arrives; a prefetch lets the work in between hide the wait
/// (the symbol table's probes: 8% of the province benchmark's time without it).
@inline(__always)
func prefetch(_ address: UnsafeRawPointer) {
    rules_prefetch(address)
}
