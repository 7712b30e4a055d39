using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Egov.Benchmarks.Officials;

namespace Egov.Benchmarks.Field;

/// <summary>
/// The inspection manager's side, through the planning API: a plan per region (every building of the use there
/// becomes an assignment of the inspector) until the inspector holds at least the number wanted, then the surplus,
/// the last assignments of the inspector's download, handed to a colleague — so the inspector holds exactly that many.
/// </summary>
internal sealed class ManagerPlans(SignedInOfficial manager)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Plans region after region until the plans hold <paramref name="wanted"/> assignments; how many plans, how many assignments.</summary>
    public async Task<(int Plans, int Assignments)> PlanAsync(string template, string use, IReadOnlyList<string> regions, string inspector, int wanted, CancellationToken cancellationToken)
    {
        var (plans, planned) = (0, 0);
        var dueOn = new DateOnly(DateTime.UtcNow.Year, 12, 31);
        foreach (var region in regions)
        {
            if (planned >= wanted)
            {
                break;
            }

            using var answer = await manager.Client.PostAsJsonAsync($"{FieldDevice.Api}/plans", new
            {
                clientId = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"bench-plan/{region}")).AsSpan(0, 16)),
                template, region, use, year = dueOn.Year, dueOn, inspectors = new[] { inspector },
            }, cancellationToken);
            manager.Expect(answer, HttpStatusCode.Created, $"plan of {region}");
            using var plan = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(cancellationToken));
            planned += plan.RootElement.GetProperty("assignments").GetInt32();
            plans++;
        }

        return (plans, planned);
    }

    /// <summary>Names <paramref name="colleague"/> instead of the inspector on the given assignments.</summary>
    public async Task HandOverAsync(IEnumerable<Guid> assignments, string colleague, CancellationToken cancellationToken)
    {
        foreach (var id in assignments)
        {
            using var answer = await manager.Client.PutAsJsonAsync($"{FieldDevice.Api}/assignments/{id}/inspectors", new { inspectors = new[] { colleague } }, Json, cancellationToken);
            manager.Expect(answer, HttpStatusCode.NoContent, $"hand over {id}");
        }
    }
}
