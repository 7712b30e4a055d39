using Egov.Approvals.Documents;
using Egov.Approvals.Domain;
using Egov.Approvals.Tests.Support;
using Egov.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Egov.Approvals.Tests;

/// <summary>
/// The final approval seals the document: its PDF is kept with it, signed with the issuing agency's seal, and poppler's
/// pdfsig finds the signature valid over the whole file; the text carries the number and the 전결 mark.
/// </summary>
public sealed class SealedDocumentTests(ApprovalsHost host) : IClassFixture<ApprovalsHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FinalApproval_KeepsASealedPdf_ThatPdfsigVerifies()
    {
        var document = await host.DraftAsync("expenditure", 113_560m);
        await host.DecideAsync(document.Id, ApprovalsHost.WelfarePolicyHead, Decision.Approve);
        var approved = await host.DocumentAsync(document.Id);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var pdf = await scope.ServiceProvider.GetRequiredService<DocumentSeals>().FindAsync(document.Id, Ct);

        Assert.NotNull(pdf);
        var path = TestFiles.Write($"approved-{approved.Serial}.pdf", pdf);
        var report = await Poppler.SignatureReportAsync(path);
        Assert.Contains("Signature is Valid.", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        var text = await Poppler.TextAsync(path);
        Assert.Contains(approved.Number!, text, StringComparison.Ordinal);
        Assert.Contains("전결", text, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Approved, approved.Status);
    }
}
