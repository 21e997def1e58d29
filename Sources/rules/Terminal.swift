#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
enum Terminal {
    static func colorOnStdout() -> Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func colorOnStderr() -> Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func write(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func writeError(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }
}
