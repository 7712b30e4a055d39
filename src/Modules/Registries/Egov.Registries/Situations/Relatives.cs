namespace Egov.Registries.Situations;

/// <summary>
/// Who is related to whom within a chunk of situations: a list per person, tiny (a few parents, children or
/// household members), so a list's linear search beats a set and a foreach over it allocates nothing.
/// </summary>
internal sealed class Relatives<T>
{
    private static readonly List<T> Empty = [];

    private readonly Dictionary<Guid, List<T>> byPerson = [];

    public void Add(Guid person, T relative)
    {
        if (!byPerson.TryGetValue(person, out var list))
        {
            byPerson[person] = list = [];
        }

        list.Add(relative);
    }

    /// <summary>Adds unless already there: a link can come back from both of its sides.</summary>
    public void AddOnce(Guid person, T relative)
    {
        if (!byPerson.TryGetValue(person, out var list) || !list.Contains(relative))
        {
            Add(person, relative);
        }
    }

    /// <summary>The person's relatives; an empty list that must not be changed when there are none.</summary>
    public List<T> Of(Guid person) => byPerson.TryGetValue(person, out var list) ? list : Empty;
}
