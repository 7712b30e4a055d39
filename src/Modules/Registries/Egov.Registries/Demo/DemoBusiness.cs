using Egov.Platform.Packs.Demo;
using Egov.Registries.Contracts;

namespace Egov.Registries.Demo;

/// <summary>A demo company with its register id and its representatives' ids resolved.</summary>
internal sealed record DemoBusiness(CompanyId Id, DemoCompany Company, IReadOnlyList<ResidentId> Representatives);
