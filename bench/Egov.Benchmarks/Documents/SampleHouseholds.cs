using Egov.Documents.Rendering;
using Egov.Documents.Tests.Pdf;

namespace Egov.Benchmarks.Documents;

/// <summary>
/// The PDF tests' household certificate with other people in it: names, addresses and the QR payload drawn at random
/// (seeded), so consecutive documents use different characters as real issuance does. Rendering the same document
/// again and again would flatter anything kept between documents (font subsets, glyph outlines).
/// </summary>
internal static class SampleHouseholds
{
    private const string Surnames = "김이박최정강조윤장임한오서신권황안송류홍";
    private const string GivenSyllables = "민서준우지현수영하은도윤예진연채원시주건태유나경희성호재훈혜빈동석미란";
    private const string Districts = "종로 중 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 강서 구로 금천 영등포 동작 관악 서초 강남 송파 강동";
    private const string Roads = "자하문 세종대 율곡 창경궁 돈화문 대학 성균관 혜화 동숭 이화장 낙산 인왕산 사직 통일 북악산 평창문화";

    public static CertificateContent[] Make(int count, int seed = 1)
    {
        var random = new Random(seed);
        var template = SampleCertificates.KoreanHousehold();
        return [.. Enumerable.Range(0, count).Select(i => Household(template, random, i))];
    }

    private static CertificateContent Household(CertificateContent template, Random random, int index)
    {
        var surname = Surnames[random.Next(Surnames.Length)].ToString();
        string Name(string family) => family + GivenSyllables[random.Next(GivenSyllables.Length)] + GivenSyllables[random.Next(GivenSyllables.Length)];
        string Address() => $"서울특별시 {Pick(random, Districts)}구 {Pick(random, Roads)}로 {random.Next(1, 400)}, {random.Next(1, 20)}동 {random.Next(1, 30)}0{random.Next(1, 9)}호";

        var head = Name(surname);
        var members = new[] { head, Name(Surnames[random.Next(Surnames.Length)].ToString()), Name(surname), Name(surname) };
        IReadOnlyList<CertificateSection> sections =
        [
            template.Sections[0] with { Rows = [[head, template.Sections[0].Rows[0][1]]] },
            template.Sections[1] with { Rows = [.. template.Sections[1].Rows.Select((row, i) => (IReadOnlyList<string>)[row[0], members[i], .. row.Skip(2)])] },
            template.Sections[2] with { Rows = [.. template.Sections[2].Rows.Select(row => (IReadOnlyList<string>)[row[0], Address(), .. row.Skip(2)])] },
        ];
        return template with { Sections = sections, QrPayload = SampleCertificates.QrPayload(seed: index) };
    }

    private static string Pick(Random random, string words)
    {
        var choices = words.Split(' ');
        return choices[random.Next(choices.Length)];
    }
}
