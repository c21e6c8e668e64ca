/**
 * Whether this process has begun to shut down. From that moment `GET /api/ready` answers 503, so a
 * load balancer stops sending it new requests while the ones it is serving finish.
 */
export class Drain {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  start(): void {
    this.draining = true;
  }
}
