using Egov.Platform.Design;

namespace Egov.Platform.Tests.Design;

public sealed class PageWindowTests
{
    [Fact]
    public void Pages_ShowsEveryPage_WhenThereAreFew() =>
        Assert.Equal([1, 2, 3, 4, 5], PageWindow.Pages(3, 5));

    [Fact]
    public void Pages_KeepsFirstLastAndNeighbours_WithGapsBetween() =>
        Assert.Equal([1, null, 4, 5, 6, 7, 8, null, 20], PageWindow.Pages(6, 20));

    [Fact]
    public void Pages_HasNoGapAtTheStart_OnTheFirstPage() =>
        Assert.Equal([1, 2, 3, null, 12], PageWindow.Pages(1, 12));
}
