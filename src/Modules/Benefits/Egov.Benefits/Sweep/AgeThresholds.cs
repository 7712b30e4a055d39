using System.Linq.Expressions;
using Egov.Benefits.Eligibility;
using Egov.Benefits.Rules;

namespace Egov.Benefits.Sweep;

/// <summary>
/// The ages at which some rule of the pack changes its answer for a person (65 years: the basic pension starts; 12
/// months: parental pay halves; 96 months: the child allowance ends), read from the rules themselves — every comparison
/// of the person's own <c>AgeYears</c> or <c>AgeMonths</c> with a number in a condition or an amount — so a new rule
/// or a changed age limit is swept without a code change. Ages inside <c>Children.Any(…)</c> are the children's and
/// are left out: the children themselves cross them.
/// </summary>
internal sealed class AgeThresholds
{
    /// <summary>Reads the rules as compiled (their trees), not parsed a second time.</summary>
    public AgeThresholds(BenefitRules rules)
    {
        var found = new HashSet<AgeThreshold>();
        foreach (var period in rules.Benefits.SelectMany(b => b.Periods))
        {
            var trees = period.Conditions.Select(c => (LambdaExpression)c.Tree);
            foreach (var lambda in period.Amount is { } amount ? trees.Append(amount.Tree) : trees)
            {
                new ComparisonFinder(lambda.Parameters[0], found).Visit(lambda.Body);
            }
        }

        All = [.. found.OrderBy(t => t.InMonths).ThenBy(t => t.Value)];
    }

    public IReadOnlyList<AgeThreshold> All { get; }

    /// <summary>
    /// The dates of birth of the people who reach one of the thresholds on <paramref name="day"/>: their age that day
    /// is past it and the day before it was not (the civil-law count of <see cref="Ages"/>, so someone born on
    /// 29 February turns 65 on 1 March in a common year).
    /// </summary>
    public IReadOnlyCollection<DateOnly> BirthDatesReachingOn(DateOnly day)
    {
        var dates = new SortedSet<DateOnly>();
        var before = day.AddDays(-1);
        foreach (var threshold in All)
        {
            var nominal = threshold.InMonths ? day.AddMonths(-threshold.Value) : day.AddYears(-threshold.Value);
            // The day a month or year completes moves by at most three days around the nominal one (month ends).
            for (var shift = -4; shift <= 4; shift++)
            {
                var born = nominal.AddDays(shift);
                if (threshold.AgeOn(born, day) >= threshold.Value && threshold.AgeOn(born, before) < threshold.Value)
                {
                    dates.Add(born);
                }
            }
        }

        return dates;
    }

    private sealed class ComparisonFinder(ParameterExpression person, HashSet<AgeThreshold> found) : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (Age(node.Left) is { } left && Number(node.Right) is { } right)
            {
                Add(left, node.NodeType, right);
            }
            else if (Age(node.Right) is { } mirrored && Number(node.Left) is { } number)
            {
                Add(mirrored, Mirror(node.NodeType), number);
            }

            return base.VisitBinary(node);
        }

        private void Add(bool inMonths, ExpressionType comparison, int value)
        {
            // The first age at which the comparison's answer flips.
            switch (comparison)
            {
                case ExpressionType.LessThan or ExpressionType.GreaterThanOrEqual:
                    found.Add(new AgeThreshold(inMonths, value));
                    break;
                case ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan:
                    found.Add(new AgeThreshold(inMonths, value + 1));
                    break;
                case ExpressionType.Equal or ExpressionType.NotEqual:
                    found.Add(new AgeThreshold(inMonths, value));
                    found.Add(new AgeThreshold(inMonths, value + 1));
                    break;
            }
        }

        private static ExpressionType Mirror(ExpressionType comparison) => comparison switch
        {
            ExpressionType.LessThan => ExpressionType.GreaterThan,
            ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
            ExpressionType.GreaterThan => ExpressionType.LessThan,
            ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
            _ => comparison,
        };

        /// <summary>True for the person's months, false for their years, null for anything else.</summary>
        private bool? Age(Expression expression) =>
            Unwrap(expression) is MemberExpression { Member.Name: var name } member && member.Expression == person
                ? name switch { nameof(PersonContext.AgeMonths) => true, nameof(PersonContext.AgeYears) => false, _ => null }
                : null;

        private static int? Number(Expression expression) =>
            Unwrap(expression) is ConstantExpression { Value: { } value } && value.GetType().IsPrimitive ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null;

        private static Expression Unwrap(Expression expression) => expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Unwrap(convert.Operand) : expression;
    }
}

/// <summary>An age in full months or full years at which some rule changes its answer.</summary>
internal sealed record AgeThreshold(bool InMonths, int Value)
{
    public int AgeOn(DateOnly birthDate, DateOnly day) => InMonths ? Ages.InFullMonths(birthDate, day) : Ages.InFullYears(birthDate, day);

    public override string ToString() => InMonths ? $"{Value} months" : $"{Value} years";
}
