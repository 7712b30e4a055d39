using Egov.Registries.Features.ExportRegisters;
using Egov.Registries.Features.ImportRegisters;

namespace Egov.Registries;

internal sealed class RegisterFiles(RegisterImporter importer, RegisterExporter exporter) : IRegisterFiles
{
    public Task<ImportResult> ImportAsync(ImportRequest request, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(request, progress, cancellationToken);

    public Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken = default) =>
        exporter.ExportAsync(request, cancellationToken);
}
