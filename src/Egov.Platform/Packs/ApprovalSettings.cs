using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// E-approval as the country writes it (<c>approvals.yaml</c>): document types, record classifications, retention
/// periods and the pattern of document numbers.
/// </summary>
/// <param name="Sender">The sender's title per language, with <c>{agency}</c> for the agency's name (발신명의).</param>
/// <param name="NumberPattern">The number with <c>{agency}</c>, <c>{classification}</c>, <c>{year}</c> and <c>{serial}</c>.</param>
/// <param name="SerialDigits">How many digits the serial is padded to.</param>
/// <param name="Retention">Retention periods, longest first.</param>
/// <param name="Classifications">Record classifications.</param>
/// <param name="DocumentTypes">Document types, in the order the draft page offers them.</param>
public sealed record ApprovalSettings(
    IReadOnlyDictionary<string, string> Sender, string NumberPattern, int SerialDigits, IReadOnlyList<RetentionPeriod> Retention,
    IReadOnlyList<RecordClassification> Classifications, IReadOnlyList<ApprovalDocumentType> DocumentTypes)
{
    /// <summary>A pack without <c>approvals.yaml</c>: nothing can be drafted.</summary>
    public static ApprovalSettings None { get; } = new(new Dictionary<string, string>(), "{agency}-{classification}-{year}-{serial}", 1, [], [], []);

    /// <summary>The document type with that code, or null.</summary>
    public ApprovalDocumentType? FindType(string code) => DocumentTypes.FirstOrDefault(t => t.Code == code);

    /// <summary>The classification with that code, or null.</summary>
    public RecordClassification? FindClassification(string code) => Classifications.FirstOrDefault(c => c.Code == code);

    /// <summary>The retention period with that code, or null.</summary>
    public RetentionPeriod? FindRetention(string code) => Retention.FirstOrDefault(r => r.Code == code);

    /// <summary>The sender's title for the agency in the language; the agency's name alone when the pack says none.</summary>
    public string SenderOf(string agencyName, string language) =>
        Sender.TryGetValue(language, out var title) ? title.Replace("{agency}", agencyName, StringComparison.Ordinal) : agencyName;

    /// <summary>
    /// The receipt number (접수번호) a received document is registered under, with <c>{agency}</c>, <c>{department}</c>
    /// (the registering department's code), <c>{year}</c> and <c>{serial}</c>: one series per department and year.
    /// </summary>
    public string ReceiptPattern { get; init; } = "{agency}-{department}-{year}-{serial}";

    /// <summary>How many digits the receipt serial is padded to.</summary>
    public int ReceiptDigits { get; init; } = 1;

    /// <summary>A document number by the pattern.</summary>
    public string Number(string agencyCode, RecordClassification classification, int year, long serial)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return Fill(NumberPattern, SerialDigits, agencyCode, year, serial).Replace("{classification}", classification.Number, StringComparison.Ordinal);
    }

    /// <summary>A receipt number by the pattern.</summary>
    public string Receipt(string agencyCode, string departmentCode, int year, long serial) =>
        Fill(ReceiptPattern, ReceiptDigits, agencyCode, year, serial).Replace("{department}", departmentCode, StringComparison.Ordinal);

    private static string Fill(string pattern, int digits, string agencyCode, int year, long serial) => pattern
        .Replace("{agency}", agencyCode, StringComparison.Ordinal)
        .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{serial}", serial.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0'), StringComparison.Ordinal);
}

/// <summary>How long a record is kept.</summary>
/// <param name="Code">Stable code (<c>permanent</c>, <c>years-5</c>).</param>
/// <param name="Years">Years kept; 0 for ever.</param>
/// <param name="Names">What officials read, per language.</param>
public sealed record RetentionPeriod(string Code, int Years, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>A record classification (the unit of the records schedule).</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Number">What document numbers carry for it.</param>
/// <param name="Retention">The default retention period's code.</param>
/// <param name="Names">What officials read, per language.</param>
public sealed record RecordClassification(string Code, string Number, string Retention, IReadOnlyDictionary<string, string> Names)
{
    /// <summary>The name in <paramref name="culture"/>'s language, or the code.</summary>
    public string NameIn(CultureInfo culture) => LocalName.In(Names, culture, Code);
}

/// <summary>How e-approval treats a document type of the organisation (<c>org.yaml</c>, which names it).</summary>
/// <param name="Code">The organisation's document type code (<c>general</c>, <c>expenditure</c>).</param>
/// <param name="Classification">Its default classification's code.</param>
/// <param name="HasAmount">True when it commits money: the drafter states the amount.</param>
public sealed record ApprovalDocumentType(string Code, string Classification, bool HasAmount);
