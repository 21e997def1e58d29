import Foundation

/// The `rules` executable, run from the repository's root as a user would run it.
enum RulesCommand {
    /// The executable sits beside the test runner in the build products folder.
    static var executable: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rules")
    }

    /// Exit status, stdout and stderr.
    static func run(_ args: [String], env: [String: String] = ["LANG": "en_US.UTF-8"]) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.environment = env
        p.currentDirectoryURL = Fixtures.repositoryRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Both pipes read at once: a report larger than a pipe's buffer must not stall the child.
        final class Drained: @unchecked Sendable { var data = Data() }
        let e = Drained(), group = DispatchGroup()
        DispatchQueue.global().async(group: group) { e.data = err.fileHandleForReading.readDataToEndOfFile() }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e.data, as: UTF8.self))
    }
}
