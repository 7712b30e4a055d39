using Egov.Approvals.Sealing;

namespace Egov.Approvals.Tests.Sealing;

/// <summary>Official documents as the approval line leaves them, for the sealing tests.</summary>
internal static class SampleDocuments
{
    public static readonly DateOnly EnforcedOn = new(2025, 3, 9);

    /// <summary>A payment notice of the Ministry of the Interior: amounts and a date in the body, a delegated final approval, two co-approvers.</summary>
    public static OfficialDocument Payment(IReadOnlyList<string>? recipients = null, int extraParagraphs = 0) => new(
        AgencyCode: "1741000",
        AgencyName: "행정안전부",
        DocumentNumber: "디지털정부정책과-1234",
        EnforcedOn: EnforcedOn,
        Retention: "10년",
        Recipients: recipients ?? ["서울특별시장(디지털정책관)"],
        Via: null,
        Copies: [],
        Title: "2025년 디지털 서비스 개선 사업비 교부 알림",
        Paragraphs:
        [
            "1. 관련: 디지털정부정책과-987({date:2025-02-14})",
            "2. 위 호와 관련하여 2025년 디지털 서비스 개선 사업비를 아래와 같이 교부하오니 사업 계획에 따라 집행하여 주시기 바랍니다.",
            "  가. 교부액: {amount:113560000}",
            "  나. 집행 기한: {date:2025-12-31}",
            "  다. 정산 보고 시 잔액 {amount:113560}은 반납하여 주시기 바랍니다.",
            .. Enumerable.Range(1, extraParagraphs).Select(i => $"{i + 2}. 추가 안내 사항 {i}: 사업 추진 과정에서 변경이 필요한 경우에는 사전에 담당 부서와 협의하여 주시기 바랍니다."),
        ],
        Attachments: ["사업비 교부 내역 1부.", "집행 지침 1부."],
        Sender: "행정안전부장관",
        Signatures:
        [
            new("주무관", "김하늘", ApprovalMark.Draft, new(2025, 3, 7)),
            new("사무관", "이서준", ApprovalMark.Review, new(2025, 3, 7)),
            new("재정담당관", "박지민", ApprovalMark.Cooperation, new(2025, 3, 8)),
            new("감사담당관", "최유나", ApprovalMark.Cooperation, new(2025, 3, 8)),
            new("디지털정부정책과장", "정민호", ApprovalMark.Delegated, new(2025, 3, 9)),
        ],
        Address: "우 30112 세종특별자치시 도움6로 42 정부세종청사 중앙동 / www.mois.go.kr");

    /// <summary>A short notice written in <paramref name="language"/> (en or ja), as a pack in that language would have it.</summary>
    public static OfficialDocument In(string language) => language == "ja"
        ? Payment() with
        {
            AgencyName = "行政安全部", Recipients = ["ソウル特別市長"], Title = "デジタルサービス改善事業費の交付について", Retention = "10年",
            Paragraphs = ["1. 事業費を{amount:113560}交付します。", "2. 期限: {date:2025-12-31}"], Attachments = ["交付明細 1部"],
            Sender = "行政安全部長官", Address = null,
            Signatures = [new("主事", "佐藤", ApprovalMark.Draft, EnforcedOn), new("課長", "鈴木", ApprovalMark.Delegated, EnforcedOn)],
        }
        : Payment() with
        {
            AgencyName = "Ministry of the Interior and Safety", Recipients = ["Mayor of Seoul"], Title = "Grant for digital service improvement", Retention = "10 years",
            Paragraphs = ["1. The grant of {amount:113560} is paid.", "2. Deadline: {date:2025-12-31}"], Attachments = ["Grant details"],
            Sender = "Minister of the Interior and Safety", Address = null,
            Signatures = [new("Officer", "Kim", ApprovalMark.Draft, EnforcedOn), new("Director", "Jung", ApprovalMark.Delegated, EnforcedOn)],
        };
}
