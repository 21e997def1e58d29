// The libFuzzer entry point, built by scripts/fuzz.sh together with the library's sources. One
// binary for both targets (RULES_FUZZ_TARGET=rules|events) so that CI compiles the library once.
import Foundation

private let target = ProcessInfo.processInfo.environment["RULES_FUZZ_TARGET"] ?? "rules"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if target == "events" { FuzzTargets.events(bytes) } else { FuzzTargets.rules(bytes) }
    return 0
}
