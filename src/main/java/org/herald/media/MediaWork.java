package org.herald.media;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The costly part of an upload (decoding an image, making its renditions, parsing a PDF), a few
 * at a time on each node, so that a burst of uploads cannot take every core and the heap. An
 * upload waits its turn, first come first served, up to {@link MediaProperties#workWait()}; after
 * that it is refused as busy. Uploads come from signed-in staff, so waiting is better than
 * refusing at once: the person at the form just sees a slower upload.
 */
@Component
class MediaWork {

    private final Semaphore permits;
    private final long waitMillis;

    MediaWork(MediaProperties properties) {
        this.permits = new Semaphore(Math.max(1, properties.workers()), true);
        this.waitMillis = properties.workWait().toMillis();
    }

    /** Runs {@code work} once a worker is free; throws {@link MediaBusyException} when none frees in time. */
    <T> T run(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new MediaBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaBusyException();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
