package org.herald.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The bound on concurrent image and PDF work: never more at once than the workers, and a wait that ends. */
class MediaWorkTests {

    @Test
    void runsNoMoreAtOnceThanItHasWorkers() throws Exception {
        MediaWork work = new MediaWork(properties(2, Duration.ofSeconds(10)));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService uploads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                done.add(uploads.submit(() -> work.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(100);
                    running.decrementAndGet();
                    return 1;
                })));
            }
            for (Future<Integer> upload : done) {
                assertThat(upload.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            uploads.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void anUploadThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        MediaWork work = new MediaWork(properties(1, Duration.ofMillis(200)));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = new Thread(() -> work.run(() -> {
            started.countDown();
            await(release);
            return null;
        }));
        slow.start();
        started.await();
        long start = System.nanoTime();
        assertThatThrownBy(() -> work.run(() -> "never")).isInstanceOf(MediaBusyException.class)
                .hasMessage("library.error.busy");
        assertThat(System.nanoTime() - start).isBetween(150_000_000L, 5_000_000_000L);
        release.countDown();
        slow.join();
        assertThat(work.run(() -> "now")).isEqualTo("now");
    }

    private static MediaProperties properties(int workers, Duration wait) {
        return new MediaProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(25), 40_000_000,
                List.of(320, 640, 1024, 1600), workers, wait);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
