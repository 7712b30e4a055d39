using Egov.Benefits.Data;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Population;
using Egov.Benefits.Rules;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Egov.Benefits.WhatIf;

/// <summary>
/// Runs a draft over every living resident beside the rule in force: counts granted by each, people gained and lost,
/// and the yearly cost of each (a monthly amount times twelve, a yearly or one-off amount once; discounts and alerts
/// cost nothing here). Progress is written after each chunk, so the officials' page shows it while it runs.
/// </summary>
internal sealed class WhatIfSimulation(BenefitsDbContext db, PopulationContexts population, BenefitRules rules, TimeProvider time)
{
    private const string Purpose = "benefits.policy-what-if";

    private const string LegalBasis = "benefits-policy-analysis";

    public async Task RunAsync(PolicyDraft draft, CancellationToken cancellationToken)
    {
        var benefit = rules.Benefits.SingleOrDefault(b => b.Code == draft.BenefitCode);
        var inForce = benefit?.On(draft.AsOf);
        var (drafted, errors) = benefit?.Definition.On(draft.AsOf) is { } source
            ? DraftRule.Compile(source, DraftRule.FromJson(draft.ConditionsJson), draft.Amount)
            : (null, new Dictionary<string, string> { ["benefit"] = "no rule in force on that date" });
        if (benefit is null || inForce is null || drafted is null)
        {
            await FinishAsync(draft.Id, DraftStatus.Failed, string.Join("; ", errors.Values), cancellationToken);
            return;
        }

        var totals = new Totals();
        var total = await population.CountAsync(cancellationToken);
        await foreach (var chunk in population.ChunksAsync(draft.AsOf, new DataPurpose(draft.DraftedBy, Purpose, LegalBasis), cancellationToken))
        {
            foreach (var (_, context) in chunk)
            {
                totals.Add(benefit.Definition.Kind, inForce, drafted, context);
            }

            var now = time.GetUtcNow().UtcDateTime;
            await db.PolicyDrafts.Where(d => d.Id == draft.Id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.People, totals.People).SetProperty(d => d.Total, total).SetProperty(d => d.HeartbeatAt, now), cancellationToken);
        }

        await db.PolicyDrafts.Where(d => d.Id == draft.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.People, totals.People).SetProperty(d => d.Total, total)
            .SetProperty(d => d.CurrentCount, totals.Current).SetProperty(d => d.DraftCount, totals.Drafted)
            .SetProperty(d => d.Gained, totals.Gained).SetProperty(d => d.Lost, totals.Lost)
            .SetProperty(d => d.CurrentYearlyCost, totals.CurrentCost).SetProperty(d => d.DraftYearlyCost, totals.DraftCost), cancellationToken);
        await FinishAsync(draft.Id, DraftStatus.Done, null, cancellationToken);
    }

    private async Task FinishAsync(Guid id, string status, string? error, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.PolicyDrafts.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, status).SetProperty(d => d.Error, error).SetProperty(d => d.FinishedAt, now), cancellationToken);
    }

    private sealed class Totals
    {
        public long People { get; private set; }

        public long Current { get; private set; }

        public long Drafted { get; private set; }

        public long Gained { get; private set; }

        public long Lost { get; private set; }

        public decimal CurrentCost { get; private set; }

        public decimal DraftCost { get; private set; }

        public void Add(string kind, CompiledPeriod inForce, CompiledPeriod drafted, PersonContext context)
        {
            People++;
            var current = BenefitRules.Grants(inForce, context);
            var draft = BenefitRules.Grants(drafted, context);
            if (current)
            {
                Current++;
                CurrentCost += YearlyCost(kind, inForce.Amount?.For(context));
            }

            if (draft)
            {
                Drafted++;
                DraftCost += YearlyCost(kind, drafted.Amount?.For(context));
            }

            Gained += draft && !current ? 1 : 0;
            Lost += current && !draft ? 1 : 0;
        }

        private static decimal YearlyCost(string kind, decimal? amount) => (kind, amount) switch
        {
            (BenefitKinds.Monthly, { } a) => a * 12,
            (BenefitKinds.Yearly or BenefitKinds.OneOff, { } a) => a,
            _ => 0,
        };
    }
}
