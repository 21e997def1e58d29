extension Fixtures {
    /// Every shipped example: each regulation in Rules/ with each log in examples/ it judges.
    static let everyExample: [[String]] = [
        ["Rules/pho-hoa.rules", "examples/pho-hoa-2023.jsonl"],
        ["Rules/pho-hoa.rules", "examples/pho-hoa-2024.jsonl"],
        ["Rules/pho-hoa.rules", "examples/pho-hoa-2023-excel.csv", "--date-format", "dmy"],
        ["Rules/pho-hoa.rules", "Rules/pho-hoa-02-QC-DU.rules", "Rules/pho-hoa-45-TB-DU.rules", "Rules/pho-hoa-03-QC-DU.rules",
         "examples/pho-hoa-2020-2025.jsonl"],
        ["Rules/chi-bo.rules", "examples/chi-bo-2023.jsonl"],
        ["Rules/chi-bo.rules", "examples/chi-bo-2024-2025.jsonl", "--roster", "examples/chi-bo-roster.csv"],
        ["Rules/huyen-uy.rules", "examples/huyen-uy-2023.jsonl"],
        ["Rules/huyen-uy.rules", "examples/huyen-uy-2024.jsonl"],
        ["Rules/to-cong-tac-06-QC-TU.rules", "examples/to-cong-tac-06-QC-TU-2023.jsonl"],
        ["Rules/to-cong-tac-06-QC-TU.rules", "examples/to-cong-tac-06-QC-TU-2024.jsonl"],
    ]
}
