import XCTest
@testable import RulesKit

final class EventFileFormatTests: XCTestCase {
    func testDetectByExtension() {
        XCTAssertEqual(EventFileFormat.detect(path: "events.jsonl"), .jsonLines)
        XCTAssertEqual(EventFileFormat.detect(path: "/data/2023/events.ndjson"), .jsonLines)
        XCTAssertEqual(EventFileFormat.detect(path: "export.JSON"), .jsonLines)
        XCTAssertEqual(EventFileFormat.detect(path: "a.b/meetings.csv"), .csv)
        XCTAssertEqual(EventFileFormat.detect(path: "MEETINGS.CSV"), .csv)
    }

    func testUnknown() {
        XCTAssertEqual(EventFileFormat.detect(path: "events.txt"), .unknown)
        XCTAssertEqual(EventFileFormat.detect(path: "events"), .unknown)
        XCTAssertEqual(EventFileFormat.detect(path: "dir.csv/events"), .unknown)
        XCTAssertEqual(EventFileFormat.detect(path: ".csv"), .unknown)
        XCTAssertEqual(EventFileFormat.detect(path: "events.csv.gz"), .unknown)
    }
}
