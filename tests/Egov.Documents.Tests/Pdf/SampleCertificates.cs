using Egov.Documents.Rendering;

namespace Egov.Documents.Tests.Pdf;

/// <summary>Certificates as the issuance service would hand them to the renderer, in the three languages the packs use.</summary>
internal static class SampleCertificates
{
    public const string DocumentNumber = "1234-5678-9012-3452";

    private const string Base45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    /// <summary>A signed offline payload's size: a COSE-signed CBOR document of ~400 bytes in Base45 is ~600 characters.</summary>
    public static string QrPayload(int length = 600, int seed = 7)
    {
        var random = new Random(seed);
        return "HC1:" + new string([.. Enumerable.Range(0, length - 4).Select(_ => Base45[random.Next(Base45.Length)])]);
    }

    public static CertificateContent KoreanHousehold(int extraMembers = 0) => new(
        "주민등록표 등본",
        "ko",
        [
            new("문서확인번호", DocumentNumber),
            new("발급일시", "2026년 12월 6일 10:42"),
            new("용도", "금융기관 제출용"),
            new("발급기관", "서울특별시 종로구 청운효자동"),
        ],
        [
            new("세대 구성", ["세대주 성명", "세대 구성 사유 및 일자"], [["홍길동", "전입세대구성 2019-03-15"]]),
            new("세대원", ["구분", "성명", "주민등록번호", "전입일", "변동사유"],
            [
                ["본인", "홍길동", "800101-1******", "2019-03-15", "전입"],
                ["배우자", "김영희", "820505-2******", "2019-03-15", "전입"],
                ["자녀", "홍민준", "150710-3******", "2019-03-15", "전입"],
                ["자녀", "홍서연", "180222-4******", "2019-03-15", "출생등록"],
                .. Enumerable.Range(1, extraMembers).Select(i => (IReadOnlyList<string>)["동거인", $"이동거{i}", "900101-1******", "2020-01-01", "전입"]),
            ]),
            new("주소 변동 사항", ["번호", "주소", "전입일", "변동사유"],
            [
                ["1", "서울특별시 종로구 자하문로 123, 4동 501호 (청운동, 청운아파트)", "2019-03-15", "전입"],
                ["2", "경기도 성남시 분당구 판교역로 235, 101동 1203호 (삼평동)", "2015-06-01", "전출"],
            ]),
        ],
        "위 등본은 주민등록표의 원본 내용과 틀림없음을 증명합니다.",
        "2026년 12월 6일",
        "서울특별시 종로구 청운효자동장",
        QrPayload(),
        "이 증명서는 https://gov.example.kr/verify 에서 문서확인번호 1234-5678-9012-3452 로 진위를 확인할 수 있습니다. QR 코드로도 오프라인 확인이 가능합니다.");

    public static CertificateContent JapaneseResidence() => new(
        "住民票の写し",
        "ja",
        [new("文書確認番号", DocumentNumber), new("発行日", "2026年12月6日")],
        [new("世帯", ["続柄", "氏名", "生年月日", "住所"], [["世帯主", "山田太郎", "1980年1月1日", "東京都千代田区千代田一丁目一番一号"], ["妻", "山田花子", "1982年5月5日", "東京都千代田区千代田一丁目一番一号"]])],
        "この写しは、住民票の原本と相違ないことを証明します。",
        "2026年12月6日",
        "千代田区長",
        QrPayload(),
        "https://gov.example.jp/verify で文書確認番号を入力して確認できます。");

    public static CertificateContent EnglishResidence() => new(
        "Certificate of Residence",
        "en",
        [new("Document number", DocumentNumber), new("Issued", "6 December 2026")],
        [new("Household", ["Relation", "Name", "Date of birth"], [["Head", "Gildong Hong", "1 January 1980"]])],
        "This copy is certified to match the resident register.",
        "6 December 2026",
        "Mayor of Jongno-gu",
        QrPayload(),
        "Verify at https://gov.example.kr/verify with the document number.");
}
