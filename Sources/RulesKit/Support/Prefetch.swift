/// Asks the processor to start loading the cache line at `address` and goes on at once. A plain
/// read would stall until the line arrives; a prefetch lets the work in between hide the wait.
/// The name is LLVM's intrinsic (address, 0 = read, locality 3 = keep close, 1 = data cache).
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)

@inline(__always)
func prefetch(_ address: UnsafeRawPointer) {
    llvmPrefetch(address, 0, 3, 1)
}
