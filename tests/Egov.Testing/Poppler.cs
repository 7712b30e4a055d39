using System.Diagnostics;
using Xunit;

namespace Egov.Testing;

/// <summary>
/// The poppler command-line tools (Debian poppler-utils, which build.sh installs): an independent reader of what
/// the platform writes: pdftotext for the text, pdftoppm for pixels, pdfsig for signatures.
/// </summary>
public static class Poppler
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: install the Debian package poppler-utils (./build.sh test does as root).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, await output + await errors);
        }
    }

    public static async Task<string> TextAsync(string pdf)
    {
        var (exitCode, output) = await RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.True(exitCode == 0, $"pdftotext failed: {output}");
        return output;
    }

    /// <summary>Page 1 as a PNG at <paramref name="dpi"/>; returns its path.</summary>
    public static async Task<string> RasterizeFirstPageAsync(string pdf, int dpi)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        var (exitCode, output) = await RunAsync("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        Assert.True(exitCode == 0, $"pdftoppm failed: {output}");
        return prefix + ".png";
    }

    public static async Task<string> SignatureReportAsync(string pdf) => (await RunAsync("pdfsig", pdf)).Output;
}
