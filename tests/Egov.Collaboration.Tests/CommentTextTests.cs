using Egov.Collaboration.Domain;

namespace Egov.Collaboration.Tests;

public sealed class CommentTextTests
{
    [Theory]
    [InlineData("", "collaboration.error.empty")]
    [InlineData(" \r\n\t ", "collaboration.error.empty")]
    [InlineData("a\u0000b", "collaboration.error.control")]
    [InlineData("a\u001bb", "collaboration.error.control")]
    public void Parse_RefusesEmptyAndControlCharacters(string raw, string error)
    {
        Assert.Null(CommentText.Parse(raw, out var found));
        Assert.Equal(error, found);
    }

    [Fact]
    public void Parse_RefusesPastTheLimit_AndKeepsLineBreaksAndTabs()
    {
        Assert.Null(CommentText.Parse(new string('x', CommentText.MaxLength + 1), out var error));
        Assert.Equal("collaboration.error.tooLong", error);
        Assert.Equal("첫 줄\n\t둘째 줄", CommentText.Parse("  첫 줄\r\n\t둘째 줄  ", out _)!.Value);
    }

    [Fact]
    public void MentionTokens_AreNumbersOrNames_NotEmailAddresses_NorTrailingPunctuation()
    {
        var text = CommentText.Parse("@SEOUL-2011-2087. (@오준서) mail me at yoon@seoul.go.kr, @SEOUL-2011-2087 again", out _)!;

        Assert.Equal(["SEOUL-2011-2087", "오준서"], text.MentionTokens());
    }

    [Fact]
    public void Segments_MarkOnlyTheNamedOfficials()
    {
        var named = new[] { new MentionedOfficial("SEOUL-2011-2087", "오준서") };

        var segments = CommentText.Segments("@SEOUL-2011-2087 보세요, @someone", named).ToList();

        Assert.Equal([("@SEOUL-2011-2087", named[0]), (" 보세요, @someone", (MentionedOfficial?)null)], segments);
    }

    [Fact]
    public void AComment_MayBeEditedOnlyByItsAuthor_WithinTheWindow_KeepingEveryEarlierText()
    {
        var posted = new DateTime(2026, 3, 9, 9, 0, 0, DateTimeKind.Utc);
        var comment = Comment.Post("approval-document", "1", "A-1", "윤미래", CommentText.Parse("first", out _)!, posted);
        var window = TimeSpan.FromMinutes(15);

        Assert.False(comment.MayEdit("B-2", posted.AddMinutes(1), window));
        Assert.False(comment.MayEdit("A-1", posted.AddMinutes(16), window));
        Assert.True(comment.MayEdit("A-1", posted.AddMinutes(15), window));

        comment.Edit(CommentText.Parse("second", out _)!, posted.AddMinutes(2));
        comment.Edit(CommentText.Parse("third", out _)!, posted.AddMinutes(3));

        Assert.Equal("third", comment.Text);
        Assert.Equal([("first", posted), ("second", posted.AddMinutes(2))], comment.Revisions.Select(r => (r.Text, r.WrittenAt)));
    }
}
