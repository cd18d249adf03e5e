/**
 * The timer's end signal: two short, soft tones from WebAudio (no sound file, nothing to
 * load). Silently nothing where audio is unavailable.
 */
export function beep(): void {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  try {
    const audio = new Context();
    const start = audio.currentTime + 0.02;
    for (const offset of [0, 0.28]) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = 880;
      const at = start + offset;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.2);
      tone.connect(gain).connect(audio.destination);
      tone.start(at);
      tone.stop(at + 0.22);
    }
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio device: the pulse on screen is the signal.
  }
}
