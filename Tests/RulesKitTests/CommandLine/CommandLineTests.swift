import XCTest

/// The `rules` executable end to end: exit codes, streams, languages.
final class CommandLineTests: XCTestCase {
    private var executable: URL { RulesCommand.executable }

    private func run(_ args: [String], env: [String: String] = ["LANG": "en_US.UTF-8"]) throws -> (Int32, String, String) {
        try RulesCommand.run(args, env: env)
    }

    private func temporary(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + "-" + name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "rules executable not built")
    }

    func testEvaluateExitsOneOnViolationsAndZeroWhenKept() throws {
        let (status, out, _) = try run(["evaluate", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--as-of", "2024-06-30"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("present 7 < 2/3 × 11 = 22/3"), out)
        XCTAssertTrue(out.contains("5 violation(s) in the 115 checks judged; 1 excused."), out)
        let quorum = try temporary("quorum.rules", """
            regulation "Q" { effective 2020-01-01 }
            body dang_uy { members 11 }
            article 1 { rule q for dang_uy: each meeting m: m.present >= 2/3 of members }
            """)
        let kept = try temporary("kept.jsonl", #"{"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":8}"#)
        let (s2, out2, _) = try run(["evaluate", quorum, kept, "--as-of", "2024-06-30"])
        XCTAssertEqual(s2, 0)
        XCTAssertTrue(out2.contains("No violations in the 1 checks judged."), out2)
        // A month with no meeting: nothing is judged, and nothing is claimed.
        let (s3, out3, _) = try run(["evaluate", quorum, kept, "--as-of", "2024-06-30", "--from", "2023-07-01", "--to", "2023-07-31"])
        XCTAssertEqual(s3, 2)
        XCTAssertTrue(out3.contains("Nothing was judged; 1 not judged."), out3)
        XCTAssertTrue(out3.contains("Rules that judged nothing\n  – Q, Article 1 — q (dang_uy): no event of dang_uy in the window up to the evaluation date\n"), out3)
        XCTAssertFalse(out3.contains("No violations"), out3)
        // A body neither the log nor the regulation has is a usage error that names it.
        let (s4, out4, err4) = try run(["evaluate", quorum, kept, "--as-of", "2024-06-30", "--body", "dang_u"])
        XCTAssertEqual(s4, 2)
        XCTAssertEqual(out4, "")
        XCTAssertTrue(err4.contains("--body: no body 'dang_u' in the log, the regulation or the roster (did you mean 'dang_uy'?)"), err4)
    }

    /// An events file named twice would make each of its records a duplicate of itself: refused
    /// before anything is read, however the second path is spelt.
    func testTheSameEventsFileTwiceIsAUsageError() throws {
        let log = try temporary("twice.jsonl", #"{"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":8}"#)
        let other = URL(fileURLWithPath: log).deletingLastPathComponent().appendingPathComponent(".").appendingPathComponent(URL(fileURLWithPath: log).lastPathComponent).path
        for second in [log, other] {
            let (status, out, err) = try run(["evaluate", "Rules/pho-hoa.rules", log, second])
            XCTAssertEqual(status, 2)
            XCTAssertEqual(out, "")
            XCTAssertTrue(err.contains("is given twice: every record of the second reading would duplicate itself"), err)
        }
        let (status, _, err) = try run(["diff", "Rules/pho-hoa.rules", "Rules/chi-bo.rules", "--events", log, log])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("is given twice"), err)
    }

    // [S-window-backwards] [S-window-outside] [S-empty-log] [S-verdict]
    func testAWindowWithNothingToJudgeExitsTwo() throws {
        let log = try temporary("one.jsonl", #"{"type":"meeting","id":"m","date":"2023-05-09","body":"dang_uy","present":8}"#)
        let (s1, out1, err1) = try run(["evaluate", "Rules/pho-hoa.rules", log, "--from", "2023-06-01", "--to", "2023-05-01"])
        XCTAssertEqual(s1, 2)
        XCTAssertEqual(out1, "")
        XCTAssertTrue(err1.contains("--from (2023-06-01) is after --to (2023-05-01)"), err1)
        // The Phổ Hòa term ends on 31 December 2025.
        let (s2, _, err2) = try run(["evaluate", "Rules/pho-hoa.rules", log, "--from", "2026-01-01", "--to", "2026-12-31"])
        XCTAssertEqual(s2, 2)
        XCTAssertTrue(err2.contains("lies outside the regulation's time in force (2020-05-08 – 2025-12-31)"), err2)
        let empty = try temporary("empty.jsonl", "")
        let (s3, out3, err3) = try run(["evaluate", "Rules/pho-hoa.rules", empty])
        XCTAssertEqual(s3, 2)
        XCTAssertFalse(out3.contains("No violations"), out3)
        XCTAssertTrue(err3.contains("the log has no events"), err3)
    }

    // [S-asof-default] A log exported in mid-May 2023 is judged as of its last record: May and
    // the months after are pending, not broken.
    func testALogIsJudgedAsOfItsLastRecord() throws {
        let quorum = try temporary("monthly.rules", """
            regulation "Q" { effective 2020-01-01 }
            body dang_uy { members 11 }
            article 1 { rule f for dang_uy: every month: at least 1 meeting }
            """)
        let log = try temporary("cut.jsonl", (1...5).map {
            #"{"type":"meeting","id":"m\#($0)","date":"2023-0\#($0)-10","body":"dang_uy"}"#
        }.joined(separator: "\n"))
        let (status, out, _) = try run(["evaluate", quorum, log])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(out.contains("Evaluated from 2023-01-01 to 2023-12-31, as of 2023-05-10"), out)
        XCTAssertTrue(out.contains("As of the log's last record (2023-05-10)"), out)
        // January to May kept (May's meeting is on the 10th); June to December pending.
        XCTAssertTrue(out.contains("All 5 checks judged were kept; 7 pending."), out)
    }

    func testBadRecordsGiveNoVerdictUnlessSkipped() throws {
        let log = try temporary("bad.jsonl", """
        {"type":"meeting","id":"m1","date":"2023-05-09","body":"dang_uy","present":8}
        {"type":"meeting","id":"m2","date":"2023-05-32","body":"dang_uy","present":8}
        """)
        let (status, out, err) = try run(["evaluate", "Rules/pho-hoa.rules", log])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains("bad.jsonl:2:"), err)
        XCTAssertTrue(err.contains("'2023-05-32' is not a real date (field 'date') [E13]"), err)
        let (s2, out2, err2) = try run(["evaluate", "Rules/pho-hoa.rules", log, "--skip-invalid", "--as-of", "2024-01-01"])
        XCTAssertEqual(s2, 1)   // the eleven other months of 2023 have no meeting
        XCTAssertTrue(err2.contains("skipped 1 bad record(s)"), err2)
        XCTAssertTrue(out2.contains("Read 2 records: 1 events evaluated, 1 rejected, 0 not used (no rule for their body, or dated outside the window or after the evaluation date)."), out2)
    }

    /// `diff --events` treats bad records as `evaluate` does; `--help` after a command is its usage.
    func testDiffEventsRefusesBadRecordsUnlessSkippedAndHelpIsUsage() throws {
        let log = try temporary("bad.jsonl", """
        {"type":"meeting","id":"m1","date":"2023-05-09","body":"dang_uy","present":8}
        {"type":"meeting","id":"m2","date":"2023-05-10","body":"dang_uy","present":-1}
        """)
        let (status, out, err) = try run(["diff", "Rules/huyen-uy.rules", "Rules/huyen-uy-dia-phuong.rules", "--events", log])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains("1 bad record(s); no verdict given"), err)
        let (s2, out2, _) = try run(["diff", "Rules/huyen-uy.rules", "Rules/huyen-uy-dia-phuong.rules", "--events", log, "--skip-invalid"])
        XCTAssertEqual(s2, 0)
        XCTAssertTrue(out2.contains("Violations only one side finds"), out2)
    }

    func testEveryCommandHasHelpOnStdoutThatListsWhatTheREADMEUses() throws {
        let (s0, general, _) = try run(["help"])
        XCTAssertEqual(s0, 0)
        XCTAssertTrue(general.hasPrefix("usage: rules <command> [options]\n\nCommands:\n"), general)
        let readme = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let commands = ["check", "evaluate", "explain", "calendar", "versions", "doc", "diff", "test", "fmt", "vocabulary", "template", "completion"]
        for command in commands {
            XCTAssertTrue(general.contains("\n  \(command) "), "\(command) missing from the general help")
            let (s1, viaFlag, e1) = try run([command, "--help"])
            let (s2, viaHelp, _) = try run(["help", command])
            XCTAssertEqual([s1, s2], [0, 0], e1)
            XCTAssertEqual(viaFlag, viaHelp)
            XCTAssertTrue(viaFlag.hasPrefix("rules \(command) — "), viaFlag)
            XCTAssertTrue(viaFlag.contains("\nExample:\n  rules \(command) "), viaFlag)
            // Every `--option` the README shows on a line that runs this command is in its help.
            for line in readme.split(separator: "\n") where line.contains("rules \(command) ") {
                for match in line.matches(of: /--([a-z][a-z-]*)/) where match.1 != "help" {
                    XCTAssertTrue(viaFlag.contains("--\(match.1)"), "README: `\(line)` uses --\(match.1), not in `rules \(command) --help`")
                }
            }
        }
    }

    func testUnknownCommandsAndOptionsNameTheNearestOne() throws {
        let (s1, out1, err1) = try run(["evalute", "x"])
        XCTAssertEqual([s1], [2])
        XCTAssertEqual(out1, "")
        XCTAssertTrue(err1.hasPrefix("rules: unknown command 'evalute' (did you mean 'evaluate'?)\n"), err1)
        // `fromat` is one swap from `format` and two edits from `from`.
        let (s2, _, err2) = try run(["evaluate", "--fromat", "json"])
        XCTAssertEqual(s2, 2)
        XCTAssertTrue(err2.hasPrefix("rules evaluate: unknown option --fromat (did you mean --format?)\n(see 'rules evaluate --help')"), err2)
        let (s3, version, _) = try run(["--version"])
        XCTAssertEqual(s3, 0)
        XCTAssertTrue(version.hasPrefix("rules "), version)
        // `--lang` before the command is the common option, not the command.
        let (s4, vi, _) = try run(["--lang", "vi", "help", "fmt"])
        XCTAssertEqual(s4, 0)
        XCTAssertTrue(vi.contains("cách dùng: rules fmt"), vi)
        // No command at all is a usage error: the general help on stderr.
        let (s5, out5, err5) = try run([])
        XCTAssertEqual(s5, 2)
        XCTAssertEqual(out5, "")
        XCTAssertTrue(err5.hasPrefix("usage: rules <command>"), err5)
    }

    func testDayFirstDatesLeadToTheirOption() throws {
        let csv = try temporary("d.csv", "type;id;date;body\nmeeting;m1;20/06/2024;dang_uy\nmeeting;m2;21/06/2024;dang_uy\n")
        let (s1, _, e1) = try run(["evaluate", "Rules/pho-hoa.rules", csv])
        XCTAssertEqual(s1, 2)
        XCTAssertTrue(e1.hasSuffix("2 record(s) have dates written day/month/year; no verdict given (give --date-format dmy to read them)\n"), e1)
        // With the option, the log and --as-of are read day first.
        let (s2, out2, _) = try run(["evaluate", "Rules/pho-hoa.rules", csv, "--date-format", "dmy", "--as-of", "31/12/2024"])
        XCTAssertNotEqual(s2, 2)
        XCTAssertTrue(out2.contains("Evaluated from 2024-06-01 to 2024-12-31, as of 2024-12-31"), out2)
        let (s3, _, e3) = try run(["evaluate", "Rules/pho-hoa.rules", csv, "--as-of", "2023-13-01"])
        XCTAssertEqual(s3, 2)
        XCTAssertTrue(e3.hasPrefix("rules evaluate: --as-of: '2023-13-01' is not a real date"), e3)
    }

    func testACSVReportUsesTheSeparatorOfTheCSVLog() throws {
        let (_, semicolons, _) = try run(["evaluate", "Rules/pho-hoa.rules", "examples/pho-hoa-2023-excel.csv", "--date-format", "dmy",
                                          "--format", "csv", "--as-of", "2024-06-30"])
        XCTAssertTrue(semicolons.hasPrefix("\u{FEFF}status;regulation;article;"), String(semicolons.prefix(80)))
        let (_, commas, _) = try run(["evaluate", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--format", "csv", "--as-of", "2024-06-30"])
        XCTAssertTrue(commas.hasPrefix("\u{FEFF}status,regulation,article,"), String(commas.prefix(80)))
    }

    func testExplainNamesTheNearestRuleOrEvent() throws {
        let (s1, _, e1) = try run(["explain", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--rule", "ty_le_du_hopp", "--event", "m05"])
        XCTAssertEqual(s1, 2)
        XCTAssertTrue(e1.hasPrefix("rules explain: --rule: no rule 'ty_le_du_hopp' (did you mean 'ty_le_du_hop'?)"), e1)
        let (s2, _, e2) = try run(["explain", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--rule", "ty_le_du_hop", "--event", "m5"])
        XCTAssertEqual(s2, 2)
        XCTAssertTrue(e2.hasPrefix("rules explain: --event: rule 'ty_le_du_hop' judged no event 'm5' (did you mean 'm05'?)"), e2)
    }

    /// The documented way past one machine, from the command line: split by body, evaluate, merge.
    func testMergeOfALogSplitByBodyReportsTheWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = Fixtures.text(Fixtures.repositoryFile("examples/chi-bo-2023.jsonl")).split(separator: "\n")
        let first = lines.filter { $0.contains("\"chi-bo-0") }, second = lines.filter { !$0.contains("\"chi-bo-0") }
        XCTAssertFalse(first.isEmpty || second.isEmpty)
        var parts: [String] = []
        for (name, part) in [("a", first), ("b", second)] {
            let events = dir.appendingPathComponent("\(name).jsonl").path
            try (part.joined(separator: "\n") + "\n").write(toFile: events, atomically: true, encoding: .utf8)
            let (status, json, _) = try run(["evaluate", "Rules/chi-bo.rules", events, "--as-of", "2024-01-31", "--format", "json"])
            XCTAssertEqual(status, 1)
            parts.append(dir.appendingPathComponent("\(name).json").path)
            try json.write(toFile: parts.last!, atomically: true, encoding: .utf8)
        }
        let (whole, wholeText, _) = try run(["evaluate", "Rules/chi-bo.rules", "examples/chi-bo-2023.jsonl", "--as-of", "2024-01-31", "--format", "json"])
        let (status, merged, err) = try run(["merge", "Rules/chi-bo.rules"] + parts + ["--format", "json"])
        XCTAssertEqual(status, whole, err)
        func violations(_ text: String) throws -> Int? { (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["violations"] as? Int }
        XCTAssertEqual(try violations(merged), try violations(wholeText))
        let (mdStatus, markdown, _) = try run(["merge", "Rules/chi-bo.rules"] + parts + ["--format", "markdown"])
        XCTAssertEqual(mdStatus, 1)
        XCTAssertTrue(markdown.contains("| `chi_tieu_sinh_hoat_dinh_ky` (`du_12_ky`) | 2023 | 26/32 chi_bo | 81.25% | 100% | **không đạt** |"), markdown)
        // The same part twice is refused: its cells would be counted twice.
        let (twice, _, twiceErr) = try run(["merge", "Rules/chi-bo.rules", parts[0], parts[0]])
        XCTAssertEqual(twice, 2)
        XCTAssertTrue(twiceErr.contains("was judged in"), twiceErr)
    }

    func testCompletionScriptsAreValidShell() throws {
        for shell in ["bash", "zsh"] {
            let (status, script, _) = try run(["completion", shell])
            XCTAssertEqual(status, 0)
            XCTAssertTrue(script.contains("complete -o filenames -F _rules rules"), script)
            XCTAssertTrue(script.contains("evaluate) opts=\"--from --to --term --as-of --body --roster --skip-invalid --delimiter --date-format --format --kept --jobs --lang --help\""), script)
            XCTAssertTrue(script.contains("evaluate:--format) vals=\"text json jsonl markdown html csv\""), script)
            XCTAssertTrue(script.contains("evaluate:--date-format) vals=\"iso dmy\""), script)
            let file = try temporary("rules.\(shell)", script)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-n", file]
            try p.run()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationStatus, 0, shell)
        }
    }

    func testMissingFilesAndUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["evaluate", "Rules/pho-hoa.rules", "no-such.jsonl"]).0, 2)
        XCTAssertEqual(try run(["evaluate", "Rules/pho-hoa.rules", "Rules"]).0, 2)
        XCTAssertEqual(try run(["check", "--frobnicate", "x"]).0, 2)
        XCTAssertEqual(try run(["nonsense"]).0, 2)
    }

    func testCheckReportsInTheChosenLanguage() throws {
        let bad = try temporary("bad.rules", "regulation \"X\" {}\nbody b\narticle 1 { rule q for b: each meeting m: m.presnt > 1 }\n")
        // Diagnostics go to stderr, as every command's do; stdout is for results.
        let (status, out, err) = try run(["check", bad, "--lang", "vi"])
        XCTAssertEqual(status, 1)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains(":3:45: lỗi: sự kiện loại 'meeting' không có trường 'presnt' [C036]"), err)
        XCTAssertTrue(err.contains("gợi ý: có phải ý bạn là 'present'?"), err)
        let (_, json, _) = try run(["check", bad, "--format", "json"])
        XCTAssertTrue(json.contains(#""code":"C036""#), json)
        XCTAssertEqual(try run(["check", "Rules/pho-hoa.rules"]).0, 0)
    }

    /// A log with thousands of bad records does not bury the terminal: 100 are listed, then a count per code.
    func testBadRecordsPastAHundredAreCountedByCode() throws {
        let lines = (0..<150).map { #"{"type":"meeting","id":"m\#($0)","date":"2023-02-30","body":"dang_uy"}"# }
            + (0..<30).map { #"{"type":"meetin","id":"x\#($0)","date":"2023-02-03","body":"dang_uy"}"# }
        let log = try temporary("bad.jsonl", lines.joined(separator: "\n") + "\n")
        let (status, _, err) = try run(["evaluate", "Rules/pho-hoa.rules", log])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(err.components(separatedBy: "\n").filter { $0.contains("error:") }.count, 100)
        // 150 impossible dates and 30 unknown types; the first 100 listed are dates.
        XCTAssertTrue(err.contains("… and 80 more: 50 × E13 (an invalid date or time); 30 × E11 (an unknown event type)"), err)
        XCTAssertTrue(err.contains("180 bad record(s); no verdict given"), err)
    }

    func testFmtRewritesAtomicallyChecksAndLeavesBrokenFilesAlone() throws {
        let messy = try temporary("m.rules", "regulation \"X\"{effective 2020-01-01}\nbody b {members 11}\n")
        let (checked, listed, _) = try run(["fmt", "--check", messy])
        XCTAssertEqual(checked, 1)
        // The file, then its first line that would change, as it is and as it would be.
        XCTAssertEqual(listed, "\(messy)\n  line 1: regulation \"X\"{effective 2020-01-01}\n  would be: regulation \"X\" { effective 2020-01-01 }\n")
        XCTAssertEqual(try run(["fmt", messy]).0, 0)
        XCTAssertEqual(try String(contentsOfFile: messy, encoding: .utf8), "regulation \"X\" { effective 2020-01-01 }\nbody b { members 11 }\n")
        XCTAssertEqual(try run(["fmt", "--check", messy]).0, 0)
        let broken = try temporary("b.rules", "rule q for: each\n")
        let (status, _, err) = try run(["fmt", broken])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(err.contains("error:"), err)
        XCTAssertEqual(try String(contentsOfFile: broken, encoding: .utf8), "rule q for: each\n")
        // Nothing is left beside the files.
        let dir = (messy as NSString).deletingLastPathComponent
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: dir).contains { $0.contains(".fmt-") })
    }

    func testFmtWritesLikeAnEditor() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("fmt-" + UUID().uuidString).path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        let messy = "regulation \"X\"{effective 2020-01-01}\n", tidy = "regulation \"X\" { effective 2020-01-01 }\n"
        func write(_ name: String, _ text: String, mode: Int = 0o644) throws -> String {
            let path = dir + "/" + name
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            return path
        }
        func mode(_ path: String) throws -> Int { try fm.attributesOfItem(atPath: path)[.posixPermissions] as! Int }

        // A private file stays private.
        let secret = try write("secret.rules", messy, mode: 0o600)
        XCTAssertEqual(try run(["fmt", secret]).0, 0)
        XCTAssertEqual(try String(contentsOfFile: secret, encoding: .utf8), tidy)
        XCTAssertEqual(try mode(secret), 0o600)
        // Through a symlink the real file is rewritten and the link stays a link.
        let target = try write("target.rules", messy)
        let link = dir + "/link.rules"
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "target.rules")
        XCTAssertEqual(try run(["fmt", link]).0, 0)
        XCTAssertEqual(try fm.destinationOfSymbolicLink(atPath: link), "target.rules")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), tidy)
        // A read-only file and a file with another hard link are refused, and left as they were.
        let readOnly = try write("ro.rules", messy, mode: 0o444)
        let (s1, _, e1) = try run(["fmt", readOnly])
        XCTAssertEqual(s1, 2)
        XCTAssertTrue(e1.contains("ro.rules: the file is read-only; not rewritten"), e1)
        XCTAssertEqual(try String(contentsOfFile: readOnly, encoding: .utf8), messy)
        let linked = try write("h.rules", messy)
        try fm.linkItem(atPath: linked, toPath: dir + "/h2.rules")
        let (s2, _, e2) = try run(["fmt", linked])
        XCTAssertEqual(s2, 2)
        XCTAssertTrue(e2.contains("h.rules: the file has 2 hard links; rewriting would split them"), e2)
        XCTAssertEqual(try String(contentsOfFile: dir + "/h2.rules", encoding: .utf8), messy)
        // A byte-order mark and CRLF line ends are kept; formatting again changes nothing.
        let windows = dir + "/w.rules"
        try Data([0xEF, 0xBB, 0xBF] + Array("regulation \"X\"{effective 2020-01-01}\r\nbody b {members 11}\r\n".utf8)).write(to: URL(fileURLWithPath: windows))
        XCTAssertEqual(try run(["fmt", windows]).0, 0)
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: windows))),
                       [0xEF, 0xBB, 0xBF] + Array("regulation \"X\" { effective 2020-01-01 }\r\nbody b { members 11 }\r\n".utf8))
        XCTAssertEqual(try run(["fmt", "--check", windows]).0, 0)
        // Nothing is left beside the files.
        XCTAssertFalse(try fm.contentsOfDirectory(atPath: dir).contains { $0.contains(".fmt-") })
    }

    func testFmtSaysWhyADirectoryCannotBeWritten() throws {
        // Root may write into any directory: as root the command runs as `nobody` (setpriv), so the
        // refusal is seen; without setpriv there is no one to see it as.
        let setpriv = "/usr/bin/setpriv"
        let asRoot = geteuid() == 0
        try XCTSkipIf(asRoot && !FileManager.default.isExecutableFile(atPath: setpriv), "running as root without setpriv")
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("fmt-ro-" + UUID().uuidString).path
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/x.rules"
        try "regulation \"X\"{effective 2020-01-01}\n".write(toFile: path, atomically: false, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path)
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
        defer {
            try? fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
            try? fm.removeItem(atPath: dir)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: asRoot ? setpriv : executable.path)
        p.arguments = (asRoot ? ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] : []) + ["fmt", path]
        p.environment = ["LANG": "en_US.UTF-8"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertEqual(text, "\(path): cannot write the file (open: Permission denied)\n")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "regulation \"X\"{effective 2020-01-01}\n")
    }

    /// Runs `rules ARGS` through `/bin/sh` with `redirect` after it (e.g. `>&-`), and `prelude` before.
    private func shell(_ prelude: String, _ args: [String], _ redirect: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "\(prelude) exec \"$0\" \"$@\" \(redirect)", executable.path] + args
        p.environment = ["LANG": "en_US.UTF-8"]
        p.currentDirectoryURL = Fixtures.repositoryRoot
        let err = Pipe()
        p.standardError = err
        try p.run()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: e, as: UTF8.self))
    }

    func testAFailedWriteEndsWithExitThreeAndOneLine() throws {
        let evaluate = ["evaluate", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--as-of", "2024-06-30"]
        let full = try shell("", evaluate, ">/dev/full")
        XCTAssertEqual(full.0, 3)
        XCTAssertEqual(full.1, "rules: cannot write the output to stdout: No space left on device\n")
        // `--lang vi` anywhere on the line picks the language of this message too.
        let vi = try shell("", evaluate + ["--lang", "vi"], ">/dev/full")
        XCTAssertEqual(vi.1, "rules: không ghi được kết quả ra đầu ra chuẩn: thiết bị hết chỗ trống (No space left on device)\n")
        let closed = try shell("", evaluate, ">&-")
        XCTAssertEqual(closed.0, 3)
        XCTAssertEqual(closed.1, "rules: cannot write the output to stdout: Bad file descriptor\n")
        // stderr closed with an error to write: no trap, the exit code alone says it.
        let noStderr = try shell("", ["evaluate", "Rules/no-such.rules", "x.jsonl"], "2>&-")
        XCTAssertEqual(noStderr.0, 3)
    }

    func testAReaderThatLeavesEndsTheProgramLikeOtherTools() throws {
        // The reader end is closed before `rules` writes: with SIGPIPE ignored (as under systemd) the
        // write fails with EPIPE and the program exits 3; with the default disposition SIGPIPE ends it.
        let evaluate = ["evaluate", "Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl", "--as-of", "2024-06-30"]
        for ignored in [true, false] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "trap '\(ignored ? "" : "-")' PIPE; exec \"$0\" \"$@\"", executable.path] + evaluate
            p.currentDirectoryURL = Fixtures.repositoryRoot
            p.environment = ["LANG": "en_US.UTF-8"]
            let out = Pipe(), err = Pipe()
            p.standardOutput = out
            p.standardError = err
            try out.fileHandleForReading.close()
            try p.run()
            let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if ignored {
                XCTAssertEqual(p.terminationStatus, 3)
                XCTAssertEqual(e, "rules: cannot write the output to stdout: Broken pipe\n")
            } else {
                XCTAssertEqual(p.terminationReason, .uncaughtSignal)
                XCTAssertEqual(p.terminationStatus, SIGPIPE)
            }
        }
    }
}

import Foundation
