using Omnidesk.Chat.Client.ChatApi.Internal;

namespace Omnidesk.Chat.Client.Tests.ChatApi;

/// <summary>The forms' boundaries: random, never repeated, across the batches they are drawn from and across threads.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FormBoundaryTests
{
    [Test]
    public void Next_ManyBatchesInARow_NeverRepeatsAndIsNeverEmpty()
    {
        var boundaries = Enumerable.Range(0, 1000).Select(_ => FormBoundary.Next()).ToList();

        Assert.That(boundaries, Is.Unique);
        Assert.That(boundaries, Has.None.EqualTo(Guid.Empty));
    }

    [Test]
    public void Next_TheFirstOnANewThread_IsRandomToo()
    {
        var first = new List<Guid>();
        var threads = Enumerable.Range(0, 3).Select(_ => new Thread(() =>
        {
            var boundary = FormBoundary.Next();
            lock (first)
            {
                first.Add(boundary);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.That(first, Has.Count.EqualTo(3).And.Unique.And.None.EqualTo(Guid.Empty));
    }

    [Test]
    public async Task Next_OnSeveralThreads_EachDrawsItsOwn()
    {
        var perThread = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Enumerable.Range(0, 100).Select(_ => FormBoundary.Next()).ToList())));

        Assert.That(perThread.SelectMany(boundaries => boundaries), Is.Unique);
    }
}
