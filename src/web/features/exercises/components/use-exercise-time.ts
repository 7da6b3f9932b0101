// The exercise's time now, moved on every second while its clock runs: read on the server's clock,
// corrected by how far the browser's was from the server's when the exercise was fetched.
import { useEffect, useState } from 'react';
import type { ExerciseDetail } from '../api/get-exercise';
import { clockOffsetMs, elapsedMinutes, elapsedMs } from './clock';

export interface ExerciseTime {
  running: boolean;
  /** Milliseconds on the exercise's clock. */
  ms: number;
  /** Whole minutes, as the server counts them. */
  minutes: number;
}

/** `receivedAt`: when the browser received the answer carrying `asOf` (react-query's dataUpdatedAt). */
export function useExerciseTime(exercise: ExerciseDetail, receivedAt: number): ExerciseTime {
  const running = exercise.status === 'running';
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const offset = clockOffsetMs(exercise.asOf, receivedAt);
  // A fresh answer may arrive between ticks: never show a time older than it.
  const ms = elapsedMs(exercise, Math.max(now, receivedAt) + offset);
  return { running, ms, minutes: elapsedMinutes(ms) };
}
