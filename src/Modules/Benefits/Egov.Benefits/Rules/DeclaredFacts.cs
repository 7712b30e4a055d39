using System.Linq.Expressions;
using System.Reflection;

namespace Egov.Benefits.Rules;

/// <summary>The facts of <see cref="PersonContext"/> that may be missing, each with a compiled "is it missing?" test.</summary>
internal static class DeclaredFacts
{
    public static readonly IReadOnlyDictionary<string, Fact> All = typeof(PersonContext).GetProperties()
        .Where(p => p.GetCustomAttribute<DeclaredFactAttribute>() is not null)
        .ToDictionary(p => p.Name, p => new Fact(p.Name, p.PropertyType, IsMissing(p)), StringComparer.Ordinal);

    private static Func<PersonContext, bool> IsMissing(PropertyInfo property)
    {
        var context = Expression.Parameter(typeof(PersonContext));
        return Expression.Lambda<Func<PersonContext, bool>>(
            Expression.Equal(Expression.Property(context, property), Expression.Constant(null, property.PropertyType)), context).Compile();
    }
}

/// <summary>A declared fact: its name (the property's, also its key in storage and texts), type and missing test.</summary>
internal sealed record Fact(string Name, Type Type, Func<PersonContext, bool> IsMissing)
{
    /// <summary>One of <paramref name="facts"/> is missing for the person (a loop that allocates nothing: it runs for every rule and person).</summary>
    public static bool AnyMissing(IReadOnlyList<Fact> facts, PersonContext context)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].IsMissing(context))
            {
                return true;
            }
        }

        return false;
    }
}
