#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RulesKit

/// Replaces a file's contents the way an editor saves: a new file created exclusively under a
/// random name beside the real file (a planted symlink or file at that name is never written
/// through), the original's mode and owner, fsync, then rename(2) over the original, so a reader
/// sees the old text or the new and a crash leaves one or the other. A symlink is followed to the
/// file it names and stays a symlink. A read-only file, or one with other hard links (a rename
/// would split them), is refused.
enum FileReplacement {
    /// nil on success, else why not.
    static func replace(_ path: String, with bytes: [UInt8]) -> Localized? {
        guard let resolved = realpath(path, nil) else { return failure("realpath", errno) }
        let real = String(cString: resolved)
        free(resolved)
        var st = stat()
        guard stat(real, &st) == 0 else { return failure("stat", errno) }
        if st.st_mode & 0o222 == 0 || access(real, W_OK) != 0 {
            return Localized(vi: "tệp chỉ được đọc; không ghi đè (đổi quyền ghi nếu muốn định dạng lại)",
                             en: "the file is read-only; not rewritten (make it writable to format it)")
        }
        if st.st_nlink > 1 {
            return Localized(vi: "tệp có \(st.st_nlink) liên kết cứng; ghi lại sẽ tách chúng ra, nên không ghi (định dạng một bản sao)",
                             en: "the file has \(st.st_nlink) hard links; rewriting would split them, so it is left as it is (format a copy)")
        }
        let slash = real.lastIndex(of: "/")
        let directory = slash.map { String(real[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = slash.map { String(real[real.index(after: $0)...]) } ?? real
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<8 {
            let random = (0..<4).map { _ in String(UInt32.random(in: .min ... .max), radix: 16) }.joined()
            temporary = directory + "/." + name + ".fmt-" + random
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { return failure("open", errno) }
        func abandon(_ op: String) -> Localized {
            let code = errno
            close(fd)
            unlink(temporary)
            return failure(op, code)
        }
        guard fchmod(fd, st.st_mode & 0o7777) == 0 else { return abandon("fchmod") }
        _ = fchown(fd, st.st_uid, st.st_gid)   // only possible for root or the same owner; the mode matters more
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                return abandon("write")
            }
            done += n
        }
        guard fsync(fd) == 0 else { return abandon("fsync") }
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            return failure("close", code)
        }
        guard rename(temporary, real) == 0 else {
            let code = errno
            unlink(temporary)
            return failure("rename", code)
        }
        // The rename itself is durable once the directory is synced.
        let dir = open(directory, O_RDONLY | O_CLOEXEC)
        if dir >= 0 {
            _ = fsync(dir)
            close(dir)
        }
        return nil
    }

    private static func failure(_ operation: String, _ code: Int32) -> Localized {
        let reason = String(cString: strerror(code))
        return Localized(vi: "không ghi được tệp (\(operation): \(reason))", en: "cannot write the file (\(operation): \(reason))")
    }
}
