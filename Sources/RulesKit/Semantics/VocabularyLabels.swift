/// The words for the standard vocabulary in both languages: what a field holds, and what each
/// listed value means. The names themselves (`meeting`, `present`, `show_of_hands`) are the
/// interface other tools write and never change; these labels are for people.
enum VocabularyLabels {
    static let types: [String: Localized] = [
        "meeting": Localized(vi: "Hội nghị, cuộc họp", en: "A meeting"),
        "document": Localized(vi: "Văn bản (dự thảo, thông báo, giấy mời, nghị quyết…)", en: "A document (draft, notice, invitation, resolution…)"),
        "vote": Localized(vi: "Biểu quyết tại hội nghị", en: "A vote at a meeting"),
        "consultation": Localized(vi: "Lấy ý kiến bằng văn bản", en: "A written consultation"),
        "proposal": Localized(vi: "Đề nghị (ví dụ triệu tập hội nghị bất thường)", en: "A proposal (e.g. to call an extraordinary meeting)"),
        "visit": Localized(vi: "Tổ công tác dự sinh hoạt của chi bộ", en: "A working group attending a cell's meeting"),
        "report": Localized(vi: "Báo cáo", en: "A report"),
        "membership": Localized(vi: "Số thành viên của cơ quan từ ngày này", en: "The body's size from this date"),
    ]

    /// The noun a Vietnamese sentence uses for an event of the type (`cần ít nhất 1 hội nghị`); a
    /// type a rules file declares is named as declared.
    static func noun(_ type: String) -> String {
        nouns[type] ?? type
    }

    private static let nouns: [String: String] = [
        "meeting": "hội nghị", "document": "văn bản", "vote": "lần biểu quyết", "consultation": "lần lấy ý kiến",
        "proposal": "đề nghị", "visit": "lần dự sinh hoạt", "report": "báo cáo", "membership": "bản ghi số thành viên",
    ]

    /// Fields every event has.
    static let implicit: [String: Localized] = [
        "type": Localized(vi: "loại sự kiện", en: "event type"),
        "id": Localized(vi: "mã sự kiện, duy nhất trong nhật ký", en: "event id, unique in the log"),
        "date": Localized(vi: "ngày (YYYY-MM-DD; hoặc 'time' theo ISO 8601, mặc định +07:00)", en: "date (YYYY-MM-DD; or 'time' in ISO 8601, +07:00 by default)"),
        "body": Localized(vi: "mã cơ quan, tổ chức (đảng ủy, chi bộ…)", en: "id of the body (committee, cell…)"),
    ]

    static let fields: [String: Localized] = [
        "meeting.kind": Localized(vi: "loại hội nghị", en: "kind of meeting"),
        "meeting.present": Localized(vi: "số thành viên có mặt", en: "members present"),
        "meeting.members": Localized(vi: "tổng số thành viên lúc đó (nếu ghi)", en: "total members at the time (optional)"),
        "meeting.exempt": Localized(vi: "số thành viên được miễn sinh hoạt", en: "members exempt from attending"),
        "meeting.start": Localized(vi: "giờ bắt đầu (HH:MM)", en: "start time (HH:MM)"),
        "meeting.end": Localized(vi: "giờ kết thúc (HH:MM)", en: "end time (HH:MM)"),
        "meeting.chair": Localized(vi: "chức vụ người chủ trì", en: "role of the chair"),
        "meeting.minutes": Localized(vi: "có biên bản", en: "minutes were kept"),
        "meeting.agenda_adopted": Localized(vi: "chương trình được thông qua", en: "agenda adopted"),
        "meeting.special": Localized(vi: "lý do trường hợp đặc biệt, khi xin miễn", en: "reason, when an exception is claimed"),
        "document.kind": Localized(vi: "loại văn bản", en: "kind of document"),
        "document.meeting": Localized(vi: "mã hội nghị mà văn bản phục vụ", en: "id of the meeting it serves"),
        "document.to": Localized(vi: "gửi đến", en: "sent to"),
        "vote.meeting": Localized(vi: "mã hội nghị", en: "id of the meeting"),
        "vote.matter": Localized(vi: "nội dung biểu quyết", en: "matter voted on"),
        "vote.category": Localized(vi: "nhóm nội dung (ví dụ nhân sự)", en: "category (e.g. personnel)"),
        "vote.method": Localized(vi: "hình thức biểu quyết", en: "voting method"),
        "vote.for": Localized(vi: "số phiếu tán thành", en: "votes for"),
        "vote.against": Localized(vi: "số phiếu không tán thành", en: "votes against"),
        "vote.abstain": Localized(vi: "số phiếu không biểu quyết", en: "abstentions"),
        "vote.members": Localized(vi: "tổng số thành viên", en: "total members"),
        "vote.present": Localized(vi: "số thành viên có mặt", en: "members present"),
        "vote.adopted": Localized(vi: "được thông qua", en: "adopted"),
        "consultation.matter": Localized(vi: "nội dung lấy ý kiến", en: "matter consulted on"),
        "consultation.category": Localized(vi: "nhóm nội dung", en: "category"),
        "consultation.members": Localized(vi: "tổng số thành viên được hỏi", en: "members consulted"),
        "consultation.approve": Localized(vi: "số ý kiến tán thành", en: "answers in favour"),
        "consultation.disapprove": Localized(vi: "số ý kiến không tán thành", en: "answers against"),
        "consultation.adopted": Localized(vi: "được thông qua", en: "adopted"),
        "consultation.reported_at": Localized(vi: "mã hội nghị gần nhất đã báo cáo lại kết quả", en: "id of the meeting the result was reported to"),
        "proposal.kind": Localized(vi: "loại đề nghị (ví dụ extraordinary_meeting)", en: "kind of proposal (e.g. extraordinary_meeting)"),
        "proposal.supporters": Localized(vi: "số thành viên đề nghị", en: "members supporting it"),
        "visit.target": Localized(vi: "mã chi bộ được dự", en: "id of the cell visited"),
        "visit.person": Localized(vi: "người dự", en: "who attended"),
        "report.about": Localized(vi: "mã sự kiện được báo cáo", en: "id of the event reported on"),
        "report.period": Localized(vi: "kỳ báo cáo, như nhãn kỳ trong kết quả (2023, 2023-H1, 2023-Q3, 2023-10)",
                                   en: "period reported on, as the findings label periods (2023, 2023-H1, 2023-Q3, 2023-10)"),
        "report.to": Localized(vi: "gửi đến", en: "sent to"),
        "membership.members": Localized(vi: "số thành viên từ ngày này", en: "members from this date"),
        "membership.exempt": Localized(vi: "số thành viên được miễn sinh hoạt từ ngày này", en: "members exempt from this date"),
    ]

    static let values: [String: Localized] = [
        "meeting.kind.regular": Localized(vi: "thường kỳ", en: "regular"),
        "meeting.kind.extraordinary": Localized(vi: "bất thường", en: "extraordinary"),
        "meeting.kind.thematic": Localized(vi: "chuyên đề", en: "thematic"),
        "meeting.kind.expanded": Localized(vi: "mở rộng", en: "expanded"),
        "document.kind.draft": Localized(vi: "dự thảo", en: "draft"),
        "document.kind.notice": Localized(vi: "thông báo", en: "notice"),
        "document.kind.invitation": Localized(vi: "giấy mời", en: "invitation"),
        "document.kind.resolution": Localized(vi: "nghị quyết", en: "resolution"),
        "document.kind.conclusion": Localized(vi: "kết luận", en: "conclusion"),
        "document.kind.minutes": Localized(vi: "biên bản", en: "minutes"),
        "document.kind.report": Localized(vi: "báo cáo", en: "report"),
        "vote.method.secret": Localized(vi: "bỏ phiếu kín", en: "secret ballot"),
        "vote.method.show_of_hands": Localized(vi: "giơ tay", en: "show of hands"),
    ]
}
