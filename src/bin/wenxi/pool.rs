//! Work on several files at once, results in input order, memory bounded.
//!
//! `--jobs N` runs N threads that take the next input, work on it and hand
//! the result back; the caller receives results strictly in input order,
//! so the output is byte for byte the same for every N. A thread may run
//! ahead of the oldest unfinished input by at most `window` inputs, so the
//! results waiting to be written — and with them the memory — stay bounded
//! however large the corpus is.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

/// Applies `work` to every item on `jobs` threads and calls `emit` with the
/// results in the items' order. With `jobs == 1` everything runs on the
/// calling thread.
pub fn ordered<T, R>(
    jobs: usize,
    items: Vec<T>,
    work: impl Fn(T) -> R + Sync,
    mut emit: impl FnMut(R),
) where
    T: Send,
    R: Send,
{
    if jobs <= 1 || items.len() <= 1 {
        items.into_iter().for_each(|item| emit(work(item)));
        return;
    }
    let window = jobs * 4;
    // The next item to hand out, and how many results have been emitted.
    struct Queue<I> {
        items: I,
        next: usize,
        emitted: usize,
    }
    let queue = Mutex::new(Queue {
        items: items.into_iter(),
        next: 0,
        emitted: 0,
    });
    let room = Condvar::new();
    let (send, receive) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let send = send.clone();
            let (queue, room, work) = (&queue, &room, &work);
            scope.spawn(move || loop {
                let (index, item) = {
                    let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
                    while q.next >= q.emitted + window {
                        q = room.wait(q).unwrap_or_else(|e| e.into_inner());
                    }
                    match q.items.next() {
                        Some(item) => {
                            q.next += 1;
                            (q.next - 1, item)
                        }
                        None => return,
                    }
                };
                if send.send((index, work(item))).is_err() {
                    return;
                }
            });
        }
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        for (index, result) in receive {
            waiting.insert(index, result);
            while let Some(result) = waiting.remove(&expected) {
                emit(result);
                expected += 1;
                queue.lock().unwrap_or_else(|e| e.into_inner()).emitted = expected;
                room.notify_all();
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::ordered;

    #[test]
    fn results_come_in_input_order_for_any_number_of_jobs() {
        for jobs in [1, 2, 3, 8] {
            let mut got = Vec::new();
            let items: Vec<u64> = (0..200).collect();
            ordered(
                jobs,
                items,
                |i| {
                    // Uneven work so that threads finish out of order.
                    std::thread::sleep(std::time::Duration::from_micros((i * 7919) % 13 * 50));
                    i
                },
                |r| got.push(r),
            );
            assert_eq!(got, (0..200).collect::<Vec<_>>(), "jobs = {jobs}");
        }
    }
}
