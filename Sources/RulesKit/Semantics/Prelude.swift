/// The standard event vocabulary (`docs/events.md`), written in the language itself and known
/// to every rules file without a declaration. Other tools write these names: keep them exact.
enum Prelude {
    static let source = """
    event meeting "Hội nghị" {
      kind: text one of ["regular", "extraordinary", "thematic", "expanded"]
      present: integer
      members: integer
      exempt: integer
      start: time
      end: time
      chair: text
      minutes: boolean
      agenda_adopted: boolean
      special: text
    }
    event document "Văn bản" {
      kind: text one of ["draft", "notice", "invitation", "resolution", "conclusion", "minutes", "report"]
      meeting: ref meeting
      to: text
    }
    event vote "Biểu quyết" {
      meeting: ref meeting
      matter: text
      category: text
      method: text one of ["secret", "show_of_hands"]
      for: integer
      against: integer
      abstain: integer
      members: integer
      present: integer
      adopted: boolean
    }
    event consultation "Lấy ý kiến bằng văn bản" {
      matter: text
      category: text
      members: integer
      approve: integer
      disapprove: integer
      adopted: boolean
      reported_at: ref meeting
    }
    event proposal "Đề nghị" {
      kind: text
      supporters: integer
    }
    event visit "Tổ công tác dự sinh hoạt" {
      target: id
      person: text
    }
    event report "Báo cáo" {
      about: id
      period: text
      to: text
    }
    event membership "Số lượng thành viên" {
      members: integer
      exempt: integer
    }
    """
}
