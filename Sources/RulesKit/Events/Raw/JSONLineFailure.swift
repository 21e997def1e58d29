/// A parse failure inside one line, located by byte offset; the reader converts it to a
/// `RawReadError` once the character column is known. Thrown with typed throws so the
/// hot path never boxes an existential error.
struct JSONLineFailure: Error {
    var offset: Int
    var code: RawReadError.Code
    var detail: String

    init(_ code: RawReadError.Code, at offset: Int, _ detail: String = "") {
        self.offset = offset
        self.code = code
        self.detail = detail
    }
}
