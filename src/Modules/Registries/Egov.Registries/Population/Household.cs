using Egov.Platform.Packs;

namespace Egov.Registries.Population;

/// <summary>How a resident stands to the household's head (<c>relation_to_head</c>).</summary>
internal enum Relation
{
    Head,
    Spouse,
    Child,
    Parent,
    ParentInLaw,
}

internal enum ResidentStatus
{
    Alive,
    Deceased,
    Emigrated,
}

/// <summary>One person of a household being generated; reused from household to household.</summary>
internal sealed class Member
{
    public long Id { get; set; }

    public DateOnly Born { get; set; }

    public Sex Sex { get; set; }

    public Relation Relation { get; set; }

    public string Name { get; set; } = "";

    public string LatinName { get; set; } = "";

    public ResidentStatus Status { get; set; }

    /// <summary>The day of death or emigration.</summary>
    public DateOnly? LeftOn { get; set; }

    /// <summary>When the member came into the household (birth, marriage, moving in).</summary>
    public DateOnly Joined { get; set; }

    /// <summary>False for a relative who died before the household existed: listed, linked, but no member of it.</summary>
    public bool InHousehold { get; set; }

    public int Mother { get; set; }

    public int Father { get; set; }

    public bool IsAlive => Status == ResidentStatus.Alive;
}

/// <summary>A couple: indices of two members, married on <see cref="Since"/>, until one died.</summary>
internal readonly record struct Couple(int First, int Second, DateOnly Since, DateOnly? Until);

/// <summary>A household (세대) being generated: members, couples, when it was formed, whose nationality.</summary>
internal sealed class Household
{
    private readonly Stack<Member> free = new();

    public List<Member> Members { get; } = [];

    public List<Couple> Couples { get; } = [];

    public DateOnly FormedOn { get; set; }

    public string Nationality { get; set; } = "";

    public bool Foreign { get; set; }

    public int AliveCount => Members.Count(m => m.IsAlive && m.InHousehold);

    public Member Head => Members[0];

    public void Reset()
    {
        foreach (var member in Members)
        {
            free.Push(member);
        }

        Members.Clear();
        Couples.Clear();
    }

    /// <summary>Takes member <paramref name="index"/> out; the indices of those after it go down by one.</summary>
    public void Remove(int index)
    {
        free.Push(Members[index]);
        Members.RemoveAt(index);
    }

    /// <summary>A cleared member, added at the end.</summary>
    public Member Add(Relation relation, DateOnly born, Sex sex)
    {
        var member = free.Count > 0 ? free.Pop() : new Member();
        member.Relation = relation;
        member.Born = born;
        member.Sex = sex;
        member.Status = ResidentStatus.Alive;
        member.LeftOn = null;
        member.Joined = born;
        member.InHousehold = true;
        member.Mother = -1;
        member.Father = -1;
        Members.Add(member);
        return member;
    }
}
