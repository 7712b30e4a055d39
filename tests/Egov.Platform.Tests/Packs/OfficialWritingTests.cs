using Egov.Platform.Packs;
using Egov.Testing;

namespace Egov.Platform.Tests.Packs;

/// <summary>The pack's writing rules for official documents (<c>writing.yaml</c>): dates, amounts in figures and words, labels.</summary>
public sealed class OfficialWritingTests
{
    private const string File = "writing.yaml";

    /// <summary>Japan's formal numerals (大字), as cheques and contracts write amounts: no 壱 before 拾, 壱 before 万.</summary>
    private const string JapaneseFormal = """
        date: "yyyy年M月d日"
        amount:
          pattern: "金{figures}円(金{words}円)"
          groupSeparator: ","
          words:
            digits: [零, 壱, 弐, 参, 四, 五, 六, 七, 八, 九]
            smallUnits: [拾, 百, 千]
            groupUnits: [万, 億, 兆]
            oneBeforeSmallUnit: false
            oneBeforeGroupUnit: true
        """;

    private static readonly NumberWords PlainKanji = new(["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"], ["十", "百", "千"], ["万", "億", "兆", "京"], false, true);

    private static OfficialWriting Kr => CountryPackLoader.Load(PackPaths.Kr).Pack!.Writing!;

    [Theory]
    [InlineData(113560, "금113,560원(금일십일만삼천오백육십원)")]
    [InlineData(0, "금0원(금영원)")]
    [InlineData(10000, "금10,000원(금일만원)")]
    [InlineData(100000000, "금100,000,000원(금일억원)")]
    [InlineData(1000000000000, "금1,000,000,000,000원(금일조원)")]
    [InlineData(100010001, "금100,010,001원(금일억일만일원)")]
    [InlineData(1234567890123456789, "금1,234,567,890,123,456,789원(금일백이십삼경사천오백육십칠조팔천구백일억이천삼백사십오만육천칠백팔십구원)")]
    [InlineData(long.MaxValue, "금9,223,372,036,854,775,807원(금구백이십이경삼천삼백칠십이조삼백육십팔억오천사백칠십칠만오천팔백칠원)")]
    public void KrPack_WritesAmountsInFiguresAndWords(long amount, string written) =>
        Assert.Equal(written, Kr.Amount(amount));

    [Fact]
    public void KrPack_WritesDatesWithAFullStopAfterEachPart_AndRefusesNegativeAmounts()
    {
        Assert.Equal("2025. 3. 9.", Kr.Date(new DateOnly(2025, 3, 9)));
        Assert.Equal("2026. 12. 31.", Kr.Date(new DateOnly(2026, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Kr.Amount(-1));
    }

    [Fact]
    public void KrPack_HasEveryLabelInEveryLanguage()
    {
        Assert.Equal(("수신", "To", "宛先"), (Kr.Label("recipient", "ko"), Kr.Label("recipient", "en"), Kr.Label("recipient", "ja")));
        Assert.Equal("끝.", Kr.Label("end", "ko"));
        Assert.Equal(("행정안전부장관인", "Minister of the Interior and Safety Seal"),
            (Kr.SealInscription("행정안전부장관", "ko"), Kr.SealInscription("Minister of the Interior and Safety", "en")));
        var writing = Kr;
        Assert.All(OfficialWriting.LabelKeys, key => Assert.All(CountryPackLoader.Load(PackPaths.Kr).Pack!.Languages, l => Assert.NotEmpty(writing.Label(key, l))));
    }

    [Fact]
    public void Render_WritesDatesAndAmountsInABody_AndKeepsOtherBraces()
    {
        var body = Kr.Render("{date:2025-03-09}까지 {amount:113560}을 지급한다. {note} {amount}");

        Assert.Equal("2025. 3. 9.까지 금113,560원(금일십일만삼천오백육십원)을 지급한다. {note} {amount}", body);
    }

    [Theory]
    [InlineData("{date:2025-3-9}", "{date:2025-3-9}: a date is written yyyy-MM-dd.")]
    [InlineData("{amount:1,000}", "{amount:1,000}: an amount is written in digits only")]
    [InlineData("{amount:-5}", "{amount:-5}: an amount is written in digits only")]
    public void Render_ABrokenDateOrAmount_IsNamed(string text, string message) =>
        Assert.StartsWith(message, Assert.Throws<FormatException>(() => Kr.Render(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void JapanesePack_WritesItsFormalNumerals_WithNoCodeChange()
    {
        using var pack = WithWriting(JapaneseFormal);

        var writing = CountryPackLoader.Load(pack.Directory).Pack!.Writing!;

        Assert.Equal("金113,560円(金拾壱万参千五百六拾円)", writing.Amount(113560));
        Assert.Equal("金10,000円(金壱万円)", writing.Amount(10000));
        Assert.Equal("金1,000,000,000,000円(金壱兆円)", writing.Amount(1000000000000));
        Assert.Equal("2025年3月9日", writing.Date(new DateOnly(2025, 3, 9)));
        // Three group units write up to sixteen digits; a larger amount has no words in this pack.
        Assert.Equal(9999999999999999, writing.Words.Largest);
        Assert.Throws<ArgumentOutOfRangeException>(() => writing.Amount(10000000000000000));
    }

    [Theory]
    [InlineData(113560, "十一万三千五百六十")]
    [InlineData(10000, "一万")]
    [InlineData(10, "十")]
    [InlineData(200000010, "二億十")]
    [InlineData(0, "〇")]
    public void PlainKanji_WriteNoOneBeforeTenButOneBeforeMan(long number, string words) =>
        Assert.Equal(words, PlainKanji.Write(number));

    [Fact]
    public void OneNotWrittenBeforeAGroupUnit_LeavesTheUnitAlone()
    {
        var words = PlainKanji with { OneBeforeGroupUnit = false };

        Assert.Equal("万", words.Write(10000));
        Assert.Equal("億一", words.Write(100000001));
    }

    [Fact]
    public void PackWithoutTheFile_HasNoWritingRules()
    {
        using var pack = new TempPack();
        System.IO.File.Delete(pack.Path(File));

        Assert.Null(CountryPackLoader.Load(pack.Directory).Pack!.Writing);
    }

    [Theory]
    [InlineData("digits: [영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구]", "digits: [영, 일, 이]", "amount.words.digits", "must list the ten numerals 0 to 9")]
    [InlineData("date: \"yyyy. M. d.\"", "date: \"HH:mm\"", "date", "must be a .NET date pattern writing the year, month and day (e.g. yyyy. M. d.)")]
    [InlineData("pattern: \"금{figures}원(금{words}원)\"", "pattern: \"금원\"", "amount.pattern", "must contain {figures} or {words}")]
    [InlineData("oneBeforeSmallUnit: true", "oneBeforeSmallUnit: yes", "amount.words.oneBeforeSmallUnit", "expected true or false")]
    [InlineData("subject: { ko: 제목, en: Subject, ja: 件名 }", "subject: { ko: 제목, en: Subject }", "labels.subject.ja", "missing text for this language")]
    [InlineData("final: { ko: 결재, en: Approved, ja: 決裁 }", "finale: { ko: 결재, en: Approved, ja: 決裁 }", "labels.final", "required field is missing")]
    [InlineData("ja: \"{sender}印\"", "ja: \"印\"", "labels.sealInscription.ja", "must contain {sender}")]
    public void BrokenRule_IsReportedAtItsFileLineAndField(string text, string broken, string field, string message)
    {
        using var pack = new TempPack().Replace(File, text, broken);

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Field, e.Message) == (File, field, message) && e.Line > 1);
    }

    [Fact]
    public void UnknownField_IsReportedAtItsLine()
    {
        using var pack = new TempPack().Replace(File, "  groupSeparator: \",\"", "  groupSeparator: \",\"\n  decimals: 0");

        var errors = CountryPackLoader.Load(pack.Directory).Errors;

        Assert.Contains(errors, e => (e.File, e.Line, e.Field, e.Message) == (File, pack.LineOf(File, "decimals: 0"), "amount.decimals", "unknown field"));
    }

    /// <summary>The kr pack with <paramref name="rules"/> for its writing and the kr labels kept.</summary>
    private static TempPack WithWriting(string rules)
    {
        var pack = new TempPack();
        var labels = System.IO.File.ReadAllText(pack.Path(File));
        System.IO.File.WriteAllText(pack.Path(File), rules + "\n" + labels[labels.IndexOf("labels:", StringComparison.Ordinal)..]);
        return pack;
    }
}
