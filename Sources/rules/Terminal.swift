#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RulesKit

/// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
enum Terminal {
    static func colorOnStdout() -> Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static func colorOnStderr() -> Bool {
        isatty(2) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Every byte the program writes goes through here. A write that fails (a full disk, a closed
    /// stream, a reader gone with SIGPIPE ignored) ends the program with exit code 3 and, when stderr
    /// still works, one line saying why; with SIGPIPE at its default the kernel ends it first, as it
    /// ends `cat` or `grep`.
    static func write(_ s: String) {
        if let failure = put(s, to: 1) {
            _ = put(outputFailed(failure) + "\n", to: 2)
            exit(outputErrorExit)
        }
    }

    static func writeError(_ s: String) {
        // Nothing is left to tell the user with: the exit code says it.
        if put(s, to: 2) != nil { exit(outputErrorExit) }
    }

    static let outputErrorExit: Int32 = 3

    /// The language of messages written before or outside a command's own parsing (usage errors, a
    /// failed write): `--lang vi|en` wherever it stands on the command line, else the environment.
    static let language: Language = {
        let args = CommandLine.arguments
        for (i, a) in args.enumerated() {
            let value = a.hasPrefix("--lang=") ? String(a.dropFirst(7)) : a == "--lang" && i + 1 < args.count ? args[i + 1] : nil
            if let value, let l = Language(rawValue: value) { return l }
        }
        return Language.fromEnvironment()
    }()

    private static func outputFailed(_ code: Int32) -> String {
        let reason = String(cString: strerror(code))
        let vi = [EPIPE: "chương trình đọc đã đóng đầu kia", ENOSPC: "thiết bị hết chỗ trống",
                  EBADF: "đầu ra chuẩn đã bị đóng", EIO: "lỗi vào/ra"][code].map { "\($0) (\(reason))" } ?? reason
        return Localized(vi: "rules: không ghi được kết quả ra đầu ra chuẩn: \(vi)",
                         en: "rules: cannot write the output to stdout: \(reason)").text(language)
    }

    /// nil when every byte was written, else the errno.
    private static func put(_ s: String, to fd: Int32) -> Int32? {
        var s = s
        return s.withUTF8 { bytes -> Int32? in
            var done = 0
            while done < bytes.count {
                let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += n
            }
            return nil
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
